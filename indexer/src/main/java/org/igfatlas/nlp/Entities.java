package org.igfatlas.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.igfatlas.schema.Resources;
import org.igfatlas.schema.Nris;
import org.igfatlas.schema.Taxonomy;

/**
 * Turns what the named-entity recogniser found in a passage into facet values a reader can trust:
 * <ul>
 *   <li>countries become ISO 3166 alpha-2 codes (names from {@link Locale} plus common short forms, and the
 *   nationality adjectives of {@code demonyms.csv}: "Malawian" counts as Malawi);</li>
 *   <li>organisations get one canonical name from {@code organizations.csv} ("UN DESA" = "UN Department of Economic
 *   and Social Affairs"); the names and acronyms listed there, and NRI names, are also found where the recogniser
 *   missed them; stakeholder groups, regional groups, generic words and documents ({@code not-entities.txt}) are
 *   dropped;</li>
 *   <li>persons lose honorifics and trailing dates, upper-case names are title-cased, pronouns and role words are
 *   dropped, a transcript turn's named speaker counts as a person; a lone first name or surname is resolved to the
 *   one full name of the document holding it, or dropped ({@link #resolvePersons}).</li>
 * </ul>
 */
public final class Entities {
  /** The entities of a passage, normalised and de-duplicated. */
  public record Normalised(Set<String> persons, Set<String> organizations, Set<String> countries) {}

  private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
  private static final Map<String, String> COUNTRY = new HashMap<>();
  private static final Map<String, String> ORGANIZATION = new HashMap<>();
  /** The annual meetings' host cities (the taxonomy's hosts and their spellings): places the recogniser takes for people. */
  private static final Set<String> HOST_CITIES = hostCities();

  private static Set<String> hostCities() {
    Set<String> out = new HashSet<>();
    for (Taxonomy.Meeting m : Taxonomy.get().meetings()) {
      List<String> names = new ArrayList<>(m.hostAliases() == null ? List.of() : m.hostAliases());
      if (m.host() != null) names.add(m.host());
      for (String n : names) out.add(org.igfatlas.schema.PersonNames.stripAccents(n).toLowerCase(Locale.ROOT));
    }
    return out;
  }

  /** Every word of the listed bodies' names ("National", "Internet", "Commission"): never taken for a surname. */
  private static final Set<String> BODY_NAME_WORDS = new HashSet<>();
  private static final Map<String, String> DEMONYM = new HashMap<>();
  private static final Map<String, Set<String>> NOT = new HashMap<>();
  private static final Set<String> HONORIFICS = new HashSet<>();
  /** Words that make a name an organisation's ({@code organization-words.txt}). */
  private static final Set<String> BODY_WORDS = new HashSet<>(Resources.lines(Entities.class, "organization-words.txt"));
  /** Listed organisation names (case-insensitive) and one-word names and acronyms (case-sensitive). */
  private static final Gazetteer ORG_NAMES;
  private static final Gazetteer ORG_WORDS;
  private static final Gazetteer DEMONYMS;
  /** The IGF's intersessional bodies by name: "Dynamic Coalition on Internet Standards, Security and Safety (IS3C)". */
  private static final Pattern IGF_BODY = Pattern.compile("(?<![\\p{L}])(?:[Dd]ynamic [Cc]oalition|[Bb]est [Pp]ractices? [Ff]orum|[Pp]olicy [Nn]etwork)"
      + " (?:on|for) (?:the )?\\p{Lu}[\\p{L}\\p{N}-]*(?:,? (?:(?:and|of|on|in|for|the|&) )*\\p{Lu}[\\p{L}\\p{N}-]*)*(?: \\([\\p{L}\\p{N}]+\\))?");
  /** A Best Practice Forum under any of its names, its subject in group 1: one canonical name for all. */
  private static final Pattern BPF_NAME = Pattern.compile("(?i)^(?:BPF|Best Practices? Forum)(?: on| for)? (?:the )?(.+)$");
  /** The rest of a hyphenated surname the recogniser cut: "-Okyere". */
  private static final Pattern HYPHENATED = Pattern.compile("-\\p{L}+");
  /** Short forms of those bodies: "BPF Cybersecurity", "BPF on Gender", "DC CIV". */
  private static final Pattern IGF_BODY_SHORT = Pattern.compile("(?<![\\p{L}])(?:BPF|DC) (?:on \\p{L}|\\p{Lu})[\\p{L}\\p{N}-]*"
      + "(?: \\p{Lu}[\\p{L}\\p{N}-]*)*|(?<![\\p{L}])DC\\d+(?![\\p{L}\\p{N}])");
  private static final Pattern DATE_WORD = Pattern.compile(
      "(?i)mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec");

  static {
    for (String cc : Locale.getISOCountries()) {
      Locale l = Locale.of("", cc);
      COUNTRY.put(key(l.getDisplayCountry(Locale.ENGLISH)), cc);
      String shortName = l.getDisplayCountry(Locale.ENGLISH).replaceFirst("\\s*\\(.*\\)$", "").replaceFirst("^The ", "");
      COUNTRY.put(key(shortName), cc);
    }
    for (String line : Resources.lines(Entities.class, "country-aliases.csv")) { // "USA", "Türkiye", "Burma"
      int comma = line.lastIndexOf(',');
      COUNTRY.put(key(line.substring(0, comma)), line.substring(comma + 1).strip());
    }
    List<String> names = new ArrayList<>();
    for (String line : Resources.lines(Entities.class, "organizations.csv")) {
      String[] f = line.split(",", 2);
      String canonical = f[0].strip();
      ORGANIZATION.put(key(canonical), canonical);
      names.add(canonical);
      if (f.length > 1) {
        for (String a : f[1].split("\\|")) {
          if (a.isBlank()) continue;
          ORGANIZATION.put(key(a), canonical);
          if (!a.strip().startsWith("the ")) names.add(a.strip());
        }
      }
    }
    names.sort(Comparator.comparingInt(String::length).reversed());
    for (String n : names) for (String w : n.split("[\\s,()]+")) if (!w.isEmpty()) BODY_NAME_WORDS.add(w);
    ORG_NAMES = new Gazetteer(names.stream().filter(n -> n.contains(" ")).toList(), true);
    ORG_WORDS = new Gazetteer(names.stream().filter(n -> !n.contains(" ")).toList(), false);
    List<String> adjectives = new ArrayList<>();
    for (String line : Resources.lines(Entities.class, "demonyms.csv")) {
      String[] f = line.split(",");
      DEMONYM.put(f[0].strip(), f[1].strip());
      adjectives.add(f[0].strip());
    }
    adjectives.sort(Comparator.comparingInt(String::length).reversed());
    DEMONYMS = new Gazetteer(adjectives, false);
    for (String line : Resources.lines(Entities.class, "not-entities.txt")) {
      int colon = line.indexOf(':');
      NOT.computeIfAbsent(line.substring(0, colon).strip(), k -> new HashSet<>()).add(key(line.substring(colon + 1)));
    }
    for (String h : Resources.lines(org.igfatlas.structure.SpeakerLabels.class, "honorifics.txt")) HONORIFICS.add(h.strip());
    HONORIFICS.addAll(List.of("H.E", "HE", "AMBASSADOR", "HON", "SIR", "DAME"));
  }

  /** At most this many values of one facet per passage (a list of 5,000 names is not 5,000 facet values). */
  public static final int MAX_VALUES_PER_PASSAGE = 100;

  private Entities() {}

  private static Set<String> capped(Set<String> values) {
    if (values.size() <= MAX_VALUES_PER_PASSAGE) return values;
    return new LinkedHashSet<>(values.stream().limit(MAX_VALUES_PER_PASSAGE).toList());
  }

  private static String key(String s) {
    return space(s.toLowerCase(Locale.ROOT).replace("&", "and"));
  }

  /** Whitespace (no-break spaces included) collapsed to one space, stripped. */
  static String space(String s) {
    return SPACE.matcher(s).replaceAll(" ").strip();
  }

  /** The words of a value without role words at either end ("Digital Impact Alliance Organizer") and a repeated half. */
  private static List<String> trimmed(String value) {
    List<String> w = new ArrayList<>(List.of(space(value).split(" ")));
    Set<String> roles = NOT.getOrDefault("role", Set.of());
    while (w.size() > 1 && roles.contains(w.get(w.size() - 1).toLowerCase(Locale.ROOT))) w.remove(w.size() - 1);
    int half = w.size() / 2;
    if (w.size() % 2 == 0 && half > 0 && w.subList(0, half).equals(w.subList(half, w.size()))) w = new ArrayList<>(w.subList(0, half));
    return w;
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
    if (c == null) c = ORGANIZATION.get(key(mention.replaceFirst("\\s*\\([^)]*\\)\\s*$", ""))); // "Name (ACRONYM)"
    if (c != null) return c;
    String m = space(mention);
    Matcher bpf = BPF_NAME.matcher(m);
    if (bpf.matches()) return "Best Practice Forum on " + Character.toUpperCase(bpf.group(1).charAt(0)) + bpf.group(1).substring(1);
    return m;
  }

  /**
   * True when {@code value} is listed as never being an entity of {@code type}, or starts with a role word
   * ("Dean of College of Media", "Moderator Chris").
   */
  public static boolean never(String type, String value) {
    String k = key(value);
    int space = k.indexOf(' ');
    if (space > 0 && NOT.getOrDefault("role", Set.of()).contains(k.substring(0, space))) return true;
    return NOT.getOrDefault(type, Set.of()).contains(k) || NOT.getOrDefault("any", Set.of()).contains(k);
  }

  public static Normalised normalise(List<NlpText.Entity> mentions) {
    return normalise(mentions, null, null);
  }

  /**
   * The entities of a passage: what the recogniser found in {@code text}, plus listed organisations, NRIs and
   * nationality adjectives found in the text, plus the turn's {@code speaker} when it is a person's name.
   */
  public static Normalised normalise(List<NlpText.Entity> mentions, String text, String speaker) {
    Set<String> persons = new LinkedHashSet<>();
    Set<String> orgs = new LinkedHashSet<>();
    Set<String> countries = new LinkedHashSet<>();
    List<String> orgMentions = new ArrayList<>();
    for (NlpText.Entity e : mentions) {
      String t = space(e.text());
      if (t.length() < 2) continue;
      switch (e.type()) {
        case "PERSON" -> {
          if (text != null && e.end() < text.length() - 1 && text.charAt(e.end()) == '-'
              && Character.isUpperCase(text.charAt(e.end() + 1))) { // the recogniser stops at a hyphen: "Appiah-Okyere"
            Matcher rest = HYPHENATED.matcher(text).region(e.end(), text.length());
            if (rest.lookingAt()) t = t + rest.group();
          }
          String name = personName(t);
          if (name != null) persons.add(name);
        }
        case "ORGANIZATION" -> {
          if (text != null && cutName(text, e.begin(), e.end())) { // "[Bosnia and] Herzegovina IGF", "Department for Digital[, Culture, …]"
            if (ORGANIZATION.containsKey(key(organization(t)))) orgMentions.add(t);
            continue;
          }
          orgMentions.addAll(List.of(t.split("\\s+\\|\\s+"))); // "United Nations | DESA" page titles
        }
        case "LOCATION", "COUNTRY", "STATE_OR_PROVINCE", "CITY", "NATIONALITY" -> {
          String code = countryCode(t);
          if (code != null) countries.add(code);
        }
        default -> { }
      }
    }
    if (speaker != null && speaker.strip().contains(" ")) {
      String name = personName(speaker);
      if (name != null && name.contains(" ")) persons.add(name);
    }
    List<String> listed = new ArrayList<>();
    if (text != null) for (Gazetteer g : List.of(ORG_NAMES, ORG_WORDS)) listed.addAll(g.find(text));
    if (text != null) {
      for (String name : namesBeforeBodies(text, listed)) { // "… Alexander Seger Council of Europe …"
        if (persons.stream().noneMatch(p -> p.contains(name))) persons.add(name); // not "Bhaskar Tiwari" of "Pranav Bhaskar Tiwari"
      }
    }
    for (String m : orgMentions) {
      String o = String.join(" ", trimmed(m)).replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}).]+$", "").strip();
      if (o.chars().filter(c -> c == '(').count() != o.chars().filter(c -> c == ')').count()) o = o.replaceAll("[()]", "").strip();
      if (o.length() < 2 || o.split(" ").length > 8) continue;
      String code = countryCode(o); // "Kenya" tagged as an organisation (the government) is still a country
      if (code != null) {
        countries.add(code);
        continue;
      }
      String canonical = organization(o);
      if (never("organization", canonical) || never("organization", o) || persons.stream().anyMatch(o::contains)) continue;
      if (!ORGANIZATION.containsKey(key(canonical)) && !looksLikeABody(canonical)) continue; // "Energy", "Emerging Technologies"
      if (!ORGANIZATION.containsKey(key(canonical)) && isAcronym(canonical) && (text == null || !defined(canonical, text))) continue; // "TCP", "VAWG"
      orgs.add(canonical);
    }
    if (text != null) {
      for (String name : listed) orgs.add(organization(name));
      for (Nris.Match n : Taxonomy.get().nris().findAll(text)) orgs.add(organization(n.nri().name()));
      for (Pattern p : List.of(IGF_BODY, IGF_BODY_SHORT)) {
        Matcher m = p.matcher(text);
        while (m.find()) {
          if (cutName(text, m.start(), m.end(), false)) continue; // "Best Practice Forum on [IoT], Big Data and AI"
          List<String> w = new ArrayList<>(List.of(m.group().split(" ")));
          Set<String> generic = NOT.getOrDefault("short-body-word", Set.of());
          while (w.size() > 1 && generic.contains(key(w.get(w.size() - 1)))) w.remove(w.size() - 1); // "BPF Gender Report"
          if (w.size() > 1 ? !(w.size() == 2 && w.get(1).equals("on")) : w.get(0).matches("DC\\d+")) orgs.add(organization(String.join(" ", w)));
        }
      }
      for (String adjective : DEMONYMS.find(text)) countries.add(DEMONYM.get(adjective));
    }
    return new Normalised(capped(persons), capped(orgs), capped(countries));
  }

  /**
   * First names, from CoreNLP's own list (the models jar's {@code namegender.combine.txt}, which its coreference
   * uses): what tells that the two capitalised words before a body's name in a table row are a person.
   */
  private static final Set<String> FIRST_NAMES = firstNames();

  private static Set<String> firstNames() {
    try (java.io.InputStream in = Entities.class.getClassLoader()
        .getResourceAsStream("edu/stanford/nlp/models/dcoref/namegender.combine.txt")) {
      if (in == null) return Set.of();
      Set<String> out = new HashSet<>();
      for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
        int tab = line.indexOf('\t');
        if (tab > 1) out.add(line.substring(0, tab).strip().toLowerCase(Locale.ROOT));
      }
      return out;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Two capitalised words, the second perhaps hyphenated, then an optional comma, at the end of the text before a body. */
  private static final Pattern NAME_BEFORE = Pattern.compile("(?<![\\p{L}\\p{N}])(\\p{Lu}\\p{Ll}+) (\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?),? ?$");

  /**
   * Persons written right before a listed body's name, as tables and panel lists write them ("Alexander Seger Council
   * of Europe", "Ama Tetteh, UNESCO") where the recogniser sees one long organisation: a first name of CoreNLP's list
   * followed by a capitalised surname that is not a word of bodies' names, neither word a country.
   */
  static List<String> namesBeforeBodies(String text, List<String> bodies) {
    List<String> out = new ArrayList<>();
    for (String body : new LinkedHashSet<>(bodies)) {
      for (int at = text.indexOf(body); at >= 0; at = text.indexOf(body, at + 1)) {
        Matcher m = NAME_BEFORE.matcher(text.substring(Math.max(0, at - 60), at));
        if (!m.find() || !FIRST_NAMES.contains(m.group(1).toLowerCase(Locale.ROOT))) continue;
        if (BODY_WORDS.contains(m.group(2)) || BODY_WORDS.contains(m.group(1)) || BODY_NAME_WORDS.contains(m.group(2))) continue;
        if (countryCode(m.group(1)) != null || countryCode(m.group(2)) != null || countryCode(m.group(1) + " " + m.group(2)) != null) {
          continue; // "Chad National Internet …", "Sierra Leone Internet …"
        }
        String name = personName(m.group(1) + " " + m.group(2));
        if (name != null && name.contains(" ")) out.add(name);
      }
    }
    return out;
  }

  /** "[A-Z]{2,}" with at most a lower-case plural or one lower-case letter inside ("ICANN", "PDPs", "ISOC"). */
  static boolean isAcronym(String name) {
    return !name.contains(" ") && name.chars().filter(Character::isUpperCase).count() >= 2
        && name.chars().filter(Character::isLowerCase).count() <= 1;
  }

  /**
   * Whether an acronym no list knows is introduced as a body's name in the text: "Internet Society (ISOC)", "ISOC
   * (the Internet Society)". "TCP", "BCP" or "VAWG" used bare are terms, not organisations; a plural ("PDPs") never is.
   */
  static boolean defined(String acronym, String text) {
    if (acronym.endsWith("s") && Character.isUpperCase(acronym.charAt(acronym.length() - 2))) return false;
    String a = Pattern.quote(acronym);
    return Pattern.compile("\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:of|for|on|and|the|de|\\p{Lu}[\\p{L}'’.-]*)){1,10}\\s*\\(\\s*" + a + "\\s*\\)").matcher(text).find()
        || Pattern.compile("\\b" + a + "\\s*\\((?:the\\s+)?\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\S+){1,10}?\\)").matcher(text).find();
  }

  /**
   * Whether the recogniser cut a longer name: the mention is the second half of a coordinated capitalised name
   * ("Bosnia and [Herzegovina IGF]", "West and [Central Africa Research and Education Network]"), it ends inside a word
   * ("Dynamic Coalition on [Accessibili]ty"), or a list of capitalised words continues it ("Department for [Digital],
   * Culture, Media and Sport").
   */
  private static final String CAPITALISED = "\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)*";
  /** ", Culture, Media and Sport", ", Big Data and AI": a list of capitalised words that continues a name. */
  private static final Pattern LIST_CONTINUES = Pattern.compile("^,\\s*" + CAPITALISED + "(?:,\\s*" + CAPITALISED + ")*,?\\s+(?:and|&)\\s+\\p{Lu}");

  /** A capitalised word right before a mention, inside a sentence (not after a full stop, colon or line break). */
  private static final Pattern PREVIOUS_WORD = Pattern.compile("[^\\s.!?:;]\\s+(\\p{Lu}[\\p{L}'’-]+)\\s+$");
  /** Capitalised words that start a sentence or phrase and are no part of a body's name. */
  private static final Set<String> NOT_PART_OF_A_NAME = Set.of("the", "a", "an", "in", "on", "at", "for", "by", "from",
      "with", "and", "of", "to", "our", "its", "their", "his", "her", "this", "that", "these", "those", "dr", "mr", "ms",
      "mrs", "prof", "minister", "president", "director", "chair", "professor", "ambassador", "secretary", "head",
      "representative", "moderator", "speaker", "organizer", "organiser", "panelist", "panellist", "rapporteur");

  /**
   * Whether a capitalised word inside the sentence precedes the mention and is no function or role word: the
   * recogniser left it out of the name ("[Polish] National Commission for UNESCO"). Only for the recogniser's
   * mentions: a listed name or an IGF body's pattern knows where it starts.
   */
  private static boolean startCut(String before) {
    Matcher prev = PREVIOUS_WORD.matcher(before);
    return prev.find() && !NOT_PART_OF_A_NAME.contains(prev.group(1).toLowerCase(Locale.ROOT));
  }

  static boolean cutName(String text, int begin, int end) {
    return cutName(text, begin, end, true);
  }

  static boolean cutName(String text, int begin, int end, boolean recogniser) {
    if (begin < 0 || end > text.length() || begin >= end) return false;
    String before = text.substring(Math.max(0, begin - 40), begin);
    if (Pattern.compile("\\p{Lu}[\\p{L}'’-]*\\s+(?:and|&)\\s+$").matcher(before).find()) return true;
    if (Pattern.compile("(?:^|\\s)\\.\\p{L}+\\s+$").matcher(before).find()) return true; // "[.au] Domain Administration Ltd"
    if (recogniser && startCut(before)) return true;
    if (end < text.length() && Character.isLetter(text.charAt(end)) && Character.isLetter(text.charAt(end - 1))) return true;
    String after = text.substring(end, Math.min(text.length(), end + 80));
    if (LIST_CONTINUES.matcher(after).find()) return true;
    // the name goes on: "Católica Global School [of Law]", "United Nations Office [at Geneva]", "Center for TLD [.RU]"
    if (Pattern.compile("^\\s+(?:of|at)\\s+\\p{Lu}|^\\s*\\.\\p{L}").matcher(after).find()) return true;
    // "Dynamic Coalition on [Gender] and Internet Governance": a topic of a body's name continued by "and"
    return Pattern.compile("\\s(?:on|of|for)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’-]*$").matcher(text.substring(begin, end)).find()
        && Pattern.compile("^\\s+(?:and|&)\\s+\\p{Lu}").matcher(after).find();
  }

  /**
   * Whether a name the recogniser calls an organisation, and no list knows, reads as one: an acronym of three or more
   * capitals, or a name of two or more words holding a word of {@code organization-words.txt} and not ending in a
   * connector ("Makerere University", not "Emerging Technologies", "Department for").
   */
  private static boolean looksLikeABody(String name) {
    String[] w = name.split(" ");
    if (w.length == 1) return w[0].chars().filter(Character::isUpperCase).count() >= 3 && w[0].length() <= 8;
    if (Set.of("of", "for", "on", "and", "the", "de", "des", "du", "la").contains(w[w.length - 1].toLowerCase(Locale.ROOT))) return false;
    for (String x : w) if (BODY_WORDS.contains(x)) return true;
    return false;
  }

  /**
   * A person's name as the facet shows it, or null when {@code raw} is not one: honorifics and trailing dates
   * dropped, a name or surname in capitals title-cased, pronouns and role words ({@code not-entities.txt}) refused.
   */
  static String personName(String raw) {
    List<String> words = trimmed(raw);
    if (words.size() > 2 && countryCode(words.get(0)) != null) words.remove(0); // "Niger Marielza Oliveira"
    while (!words.isEmpty() && (HONORIFICS.contains(words.get(0).replace(".", "").toUpperCase(Locale.ROOT))
        || words.get(0).matches("\\p{L}{1,5}\\."))) {
      words.remove(0); // "Mr.", "H.E.", "Fed. Coun."
    }
    for (String w : words) if (BODY_WORDS.contains(w)) return null; // "Kaspersky Lab"
    while (words.size() > 1 && DATE_WORD.matcher(words.get(words.size() - 1)).matches()) words.remove(words.size() - 1);
    if (words.isEmpty()) return null;
    String name = String.join(" ", words);
    boolean allCapitals = name.equals(name.toUpperCase(Locale.ROOT));
    StringBuilder b = new StringBuilder();
    for (String w : words) { // "MARKUS KUMMER", "Veronica STEFAN", "Jane APPIAH-OKYERE": written as names are
      if (b.length() > 0) b.append(' ');
      boolean capitals = w.equals(w.toUpperCase(Locale.ROOT)) && w.chars().filter(Character::isLetter).count() >= 3;
      b.append(allCapitals || capitals ? titleCase(w) : w);
    }
    name = b.toString();
    if (name.chars().filter(Character::isLetter).count() < 3 || !Character.isUpperCase(name.charAt(0))) return null;
    if (never("person", name) || never("person", words.get(0))) return null;
    if (HOST_CITIES.contains(org.igfatlas.schema.PersonNames.stripAccents(name).toLowerCase(Locale.ROOT))) return null; // "João Pessoa"
    return name;
  }

  /** "APPIAH-OKYERE" -> "Appiah-Okyere", "O'BRIEN" -> "O'Brien": each part after a hyphen or apostrophe capitalised. */
  static String titleCase(String word) {
    StringBuilder b = new StringBuilder(word.length());
    boolean start = true;
    for (char c : word.toCharArray()) {
      b.append(start ? c : Character.toLowerCase(c));
      start = c == '-' || c == '\'' || c == '’';
    }
    return b.toString();
  }

  /**
   * Resolves, across the passages of one document, a one-word person name (a first name or a surname) to the single
   * full name of the document that holds it ("Kudzai" -> "Kudzai Marufu"); a one-word name that fits no full
   * name, or several, is dropped. An organisation value that holds a full person name of the document is dropped:
   * the recogniser ran a speaker list's name and affiliation together.
   */
  public static List<Normalised> resolvePersons(List<Normalised> passages) {
    Map<String, Set<String>> fullByWord = new HashMap<>();
    for (Normalised n : passages) {
      for (String p : n.persons()) {
        if (!p.contains(" ")) continue;
        for (String w : p.split(" ")) fullByWord.computeIfAbsent(w.toLowerCase(Locale.ROOT), k -> new LinkedHashSet<>()).add(p);
      }
    }
    List<Normalised> out = new ArrayList<>(passages.size());
    for (Normalised n : passages) {
      Set<String> persons = new LinkedHashSet<>();
      for (String p : n.persons()) {
        if (p.contains(" ")) {
          persons.add(p);
          continue;
        }
        Set<String> full = fullByWord.getOrDefault(p.toLowerCase(Locale.ROOT), Set.of());
        if (full.size() == 1) persons.add(full.iterator().next());
      }
      Set<String> orgs = new LinkedHashSet<>();
      for (String o : n.organizations()) if (!namesPerson(o, fullByWord)) orgs.add(o); // "Asia-Pacific Group Madison Wang"
      out.add(new Normalised(persons, orgs, n.countries()));
    }
    return out;
  }

  /**
   * {@link #resolvePersons(List)}, then one form per person in the document: full names with the same words in another
   * order, case or accents, initials aside ("Kee Jac", "Jac SM Kee"; "Jose Perez", "José Pérez"), become the form the
   * document uses most (ties: the fuller, then the accented one).
   */
  public static List<Normalised> canonicalPersons(List<Normalised> passages) {
    List<Normalised> resolved = resolvePersons(passages);
    Map<String, Integer> uses = new HashMap<>();
    for (Normalised n : resolved) for (String p : n.persons()) uses.merge(p, 1, Integer::sum);
    Map<String, List<String>> byKey = new HashMap<>();
    for (String p : uses.keySet()) {
      String key = org.igfatlas.schema.PersonNames.key(p);
      if (key != null) byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
    }
    Map<String, String> canonical = new HashMap<>();
    for (List<String> forms : byKey.values()) {
      forms.sort(org.igfatlas.schema.PersonNames.preferred(uses::get));
      for (String f : forms) canonical.put(f, forms.get(0));
    }
    List<Normalised> out = new ArrayList<>(resolved.size());
    for (Normalised n : resolved) {
      Set<String> persons = new LinkedHashSet<>();
      for (String p : n.persons()) persons.add(canonical.getOrDefault(p, p));
      out.add(new Normalised(persons, n.organizations(), n.countries()));
    }
    return out;
  }

  /** True when an organisation value is, or holds, a full person name of the document: the recogniser's confusion. */
  private static boolean namesPerson(String org, Map<String, Set<String>> fullByWord) {
    for (String w : org.split(" ")) {
      for (String person : fullByWord.getOrDefault(w.toLowerCase(Locale.ROOT), Set.of())) if (org.contains(person)) return true;
    }
    return false;
  }
}
