package org.igfatlas.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.igfatlas.schema.StakeholderGroups;
import org.igfatlas.schema.Taxonomy;

/**
 * The people lists of session pages, "Speaker 1: Name, Civil Society, African Group" or "Organizer 2: Name,
 * Internews": each entry's person, organisation, stakeholder group and UN regional group as their own fields. The
 * stakeholder and regional groups are facet values of their own, never organisations.
 */
public final class SpeakerLists {
  /** One listed person: any part may be null (an organiser listed by stakeholder group and region only). */
  public record Entry(String role, String name, String organization, String stakeholder, String regionalGroup) {}

  private static final String ROLE = "(?:Speaker|Moderator|Online Moderator|On-?site Moderator|Co-?organi[sz]er|Organi[sz]er|"
      + "Rapporteur|Discussant|Panell?ist|Key participant)s?";
  /** An entry runs from its role label to the next role label, the end of the line or of the text. */
  private static final Pattern ENTRY = Pattern.compile("(?i)\\b(" + ROLE + ")[ \\t]*\\d*[ \\t]*:[ \\t]*([^\\s].*?)(?=\\s*\\b" + ROLE
      + "\\s*\\d*\\s*:|\\n|$)");
  /** How the lists name the stakeholder groups ("Intergovernmental Organization", "Private Sector"). */
  private static final List<String[]> GROUP_NAMES = List.of(
      new String[] {"civil society", "civil_society"}, new String[] {"private sector", "private_sector"},
      new String[] {"government", "government"}, new String[] {"technical community", "technical_community"},
      new String[] {"intergovernmental organization", "intergovernmental"},
      new String[] {"intergovernmental organisation", "intergovernmental"});

  static {
    for (String[] g : GROUP_NAMES) {
      if (!StakeholderGroups.labels().containsKey(g[1])) throw new IllegalStateException("no stakeholder group " + g[1]);
    }
  }

  private SpeakerLists() {}

  /** Lists put one person per line or per bullet. */
  private static final Pattern SEGMENT = Pattern.compile("[\\n•·▪◦]");

  /**
   * The people listed in {@code text}: entries labelled with a role ("Speaker 1: …", several per line allowed), and
   * unlabelled lines or bullets that end with a stakeholder group and a UN regional group ("• Name, Affiliation,
   * Government, African Group"), which is how the lists under a "Speakers:" heading read.
   */
  public static List<Entry> parse(String text) {
    List<Entry> out = new ArrayList<>();
    for (String segment : SEGMENT.split(text)) {
      Matcher m = ENTRY.matcher(segment);
      boolean labelled = false;
      while (m.find()) {
        out.add(entry(m.group(1), m.group(2)));
        labelled = true;
      }
      if (labelled || segment.isBlank()) continue;
      String[] parts = segment.split(",");
      if (parts.length >= 3 && regionalGroup(clean(parts[parts.length - 1])) != null
          && stakeholderGroup(clean(parts[parts.length - 2])) != null) {
        out.add(entry("listed", segment.strip()));
      }
    }
    return out;
  }

  private static String clean(String part) {
    return part.replaceAll("[\\p{So}\\p{Cn}]", "").strip();
  }

  private static Entry entry(String role, String listed) {
    {
      String name = null;
      String organization = null;
      String stakeholder = null;
      String region = null;
      for (String raw : listed.split(",")) {
        String part = clean(raw); // "🔒Google"
        if (part.isEmpty()) continue;
        String group = stakeholderGroup(part);
        String reg = regionalGroup(part);
        if (group != null && stakeholder == null) stakeholder = group;
        else if (reg != null && region == null) region = reg;
        else if (name == null && group == null && reg == null) name = part;
        else if (organization == null && group == null && reg == null) organization = part;
      }
      if (name != null && stakeholder == null && region == null && organization == null && !looksLikeAName(name)) {
        organization = name; // "Moderator: MAG Chair", "Speakers: Internews"
        name = null;
      }
      return new Entry(role, name, organization, stakeholder, region);
    }
  }

  /** The stakeholder group id a list names ("Civil Society" -> civil_society), or null. */
  static String stakeholderGroup(String part) {
    String p = part.toLowerCase(Locale.ROOT);
    for (String[] g : GROUP_NAMES) if (p.equals(g[0])) return g[1];
    return null;
  }

  /** The UN regional group a list names ("Western European and Others Group (WEOG)" -> its name), or null. */
  static String regionalGroup(String part) {
    String p = part.replaceAll("\\s*\\(.*\\)\\s*$", "").strip();
    for (String g : Taxonomy.get().regionalGroups()) if (g.equalsIgnoreCase(p)) return g;
    return null;
  }

  /**
   * Two to five words, each capitalised or a particle, none a role or title word of {@code not-entities.txt}:
   * "Laura Schwartz-Henderson", "DIAGNE El Hadji Daouda"; not "MAG Chair".
   */
  private static boolean looksLikeAName(String s) {
    String[] w = s.split("\\s+");
    if (w.length < 2 || w.length > 5) return false;
    for (String x : w) {
      if (!Character.isUpperCase(x.charAt(0)) && !x.matches("(?:de|da|van|von|der|la|le|bin|al|el)")) return false;
      if (Entities.never("person", x)) return false;
    }
    return true;
  }
}
