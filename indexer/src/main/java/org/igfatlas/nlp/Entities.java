package org.igfatlas.nlp;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.igfatlas.structure.ResourceLines;

/**
 * Normalises entity mentions: places that are countries become ISO 3166 alpha-2 codes (names from
 * {@link Locale}, plus common short forms), organisations get one canonical name from {@code organizations.csv}
 * ("ITU" = "International Telecommunication Union"), persons keep their name with whitespace normalised.
 */
public final class Entities {
  /** The entities of a passage, normalised and de-duplicated. */
  public record Normalised(Set<String> persons, Set<String> organizations, Set<String> countries) {}

  private static final Map<String, String> COUNTRY = new HashMap<>();
  private static final Map<String, String> ORGANIZATION = new HashMap<>();

  static {
    for (String cc : Locale.getISOCountries()) {
      Locale l = Locale.of("", cc);
      COUNTRY.put(key(l.getDisplayCountry(Locale.ENGLISH)), cc);
      String shortName = l.getDisplayCountry(Locale.ENGLISH).replaceFirst("\\s*\\(.*\\)$", "").replaceFirst("^The ", "");
      COUNTRY.put(key(shortName), cc);
    }
    Map<String, String> extra = Map.ofEntries(Map.entry("usa", "US"), Map.entry("u.s.", "US"), Map.entry("us", "US"),
        Map.entry("united states of america", "US"), Map.entry("america", "US"), Map.entry("uk", "GB"),
        Map.entry("britain", "GB"), Map.entry("great britain", "GB"), Map.entry("england", "GB"),
        Map.entry("russia", "RU"), Map.entry("russian federation", "RU"), Map.entry("south korea", "KR"),
        Map.entry("republic of korea", "KR"), Map.entry("korea", "KR"), Map.entry("north korea", "KP"),
        Map.entry("iran", "IR"), Map.entry("syria", "SY"), Map.entry("vietnam", "VN"), Map.entry("viet nam", "VN"),
        Map.entry("tanzania", "TZ"), Map.entry("bolivia", "BO"), Map.entry("venezuela", "VE"), Map.entry("laos", "LA"),
        Map.entry("moldova", "MD"), Map.entry("czech republic", "CZ"), Map.entry("ivory coast", "CI"),
        Map.entry("côte d'ivoire", "CI"), Map.entry("cote d'ivoire", "CI"), Map.entry("drc", "CD"),
        Map.entry("democratic republic of the congo", "CD"), Map.entry("turkiye", "TR"), Map.entry("türkiye", "TR"),
        Map.entry("the netherlands", "NL"), Map.entry("holland", "NL"), Map.entry("swaziland", "SZ"),
        Map.entry("macedonia", "MK"), Map.entry("burma", "MM"));
    extra.forEach((k, v) -> COUNTRY.put(key(k), v));
    for (String line : ResourceLines.read(Entities.class, "organizations.csv")) {
      String[] f = line.split(",", 2);
      String canonical = f[0].strip();
      ORGANIZATION.put(key(canonical), canonical);
      if (f.length > 1) for (String a : f[1].split("\\|")) if (!a.isBlank()) ORGANIZATION.put(key(a), canonical);
    }
  }

  private Entities() {}

  private static String key(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }

  /** ISO code of a country name, or null. */
  public static String countryCode(String name) {
    return COUNTRY.get(key(name));
  }

  /** The canonical name of an organisation (the alias table, else the mention with whitespace normalised). */
  public static String organization(String mention) {
    String k = key(mention);
    String c = ORGANIZATION.get(k);
    if (c == null && k.startsWith("the ")) c = ORGANIZATION.get(k.substring(4));
    return c != null ? c : mention.replaceAll("\\s+", " ").strip();
  }

  public static Normalised normalise(List<NlpText.Entity> mentions) {
    Set<String> persons = new LinkedHashSet<>();
    Set<String> orgs = new LinkedHashSet<>();
    Set<String> countries = new LinkedHashSet<>();
    for (NlpText.Entity e : mentions) {
      String text = e.text().replaceAll("\\s+", " ").strip();
      if (text.length() < 2) continue;
      switch (e.type()) {
        case "PERSON" -> {
          if (text.chars().filter(Character::isLetter).count() >= 3 && Character.isUpperCase(text.charAt(0))) persons.add(text);
        }
        case "ORGANIZATION" -> {
          String code = countryCode(text); // "Kenya" tagged as an organisation (the government) is still a country
          if (code != null) countries.add(code);
          else orgs.add(organization(text));
        }
        case "LOCATION", "COUNTRY", "STATE_OR_PROVINCE", "CITY", "NATIONALITY" -> {
          String code = countryCode(text);
          if (code != null) countries.add(code);
        }
        default -> { }
      }
    }
    return new Normalised(persons, orgs, countries);
  }
}
