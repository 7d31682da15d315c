package org.igfatlas.schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The domain data the taggers use, loaded from versioned resource files next to this class: annual meetings
 * with their official tracks and the crosswalk to canonical themes ({@code meetings.json}), themes
 * ({@code themes.json}), session types and document kinds with their title patterns, NRIs ({@code nris.csv})
 * and UN regional groups ({@code un-regional-groups.txt}). Country names come from {@link Locale}.
 */
public final class Taxonomy {
  private static final ObjectMapper JSON = Resources.JSON;

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Track(String label, String description, List<String> themes) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Meeting(int year, int number, String ordinal, String start, String end, String host, String country,
                        List<String> hostAliases, String theme, boolean online, boolean tracksVerified,
                        List<Track> tracks) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Theme(String id, String label, String description) {}

  /**
   * A session type or document kind with its compiled patterns. {@code topical}: the patterns are topic words
   * ("youth"), so on Day 0 they say what a pre-event is about, not what kind of session it is.
   */
  public record Kind(String id, String label, List<Pattern> title, List<Pattern> opening, boolean topical) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record KindJson(String id, String label, List<String> patterns, List<String> title, List<String> opening, Boolean topical) {}

  private final List<Meeting> meetings;
  private final Map<Integer, Meeting> byYear = new HashMap<>();
  private final List<Theme> themes;
  private final List<Kind> sessionTypes;
  private final List<Kind> docKinds;
  private final Map<String, String> regionOfCountry = new HashMap<>();
  private final Nris nris;
  private final List<String> regionalGroups;

  private Taxonomy() {
    try {
      meetings = Resources.list(Resources.json(Taxonomy.class, "meetings.json"), "meetings", Meeting.class);
      meetings.forEach(m -> byYear.put(m.year(), m));
      themes = Resources.list(Resources.json(Taxonomy.class, "themes.json"), "themes", Theme.class);
      sessionTypes = kinds("session-types.json", "sessionTypes");
      docKinds = kinds("doc-kinds.json", "docKinds");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (String line : Resources.lines(Taxonomy.class, "un-regional-groups.txt")) {
      int colon = line.indexOf(':');
      String group = line.substring(0, colon).strip();
      for (String cc : line.substring(colon + 1).strip().split("\\s+")) {
        String prev = regionOfCountry.put(cc, group);
        if (prev != null) throw new IllegalStateException(cc + " is in both " + prev + " and " + group);
      }
    }
    nris = new Nris(Resources.lines(Taxonomy.class, "nris.csv"), regionOfCountry);
    regionalGroups = regionOfCountry.values().stream().distinct().sorted().toList();
  }

  /** Loaded once, on first use (the holder class is initialised, thread-safely, by the JVM). */
  public static Taxonomy get() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final Taxonomy INSTANCE = new Taxonomy();
  }

  private static List<Kind> kinds(String file, String key) throws IOException {
    List<KindJson> raw = Resources.list(Resources.json(Taxonomy.class, file), key, KindJson.class);
    List<Kind> out = new ArrayList<>();
    for (KindJson k : raw) {
      List<String> title = k.patterns() != null ? k.patterns() : k.title() == null ? List.of() : k.title();
      out.add(new Kind(k.id(), k.label(), compile(title), compile(k.opening() == null ? List.of() : k.opening()),
          Boolean.TRUE.equals(k.topical())));
    }
    return List.copyOf(out);
  }

  private static List<Pattern> compile(List<String> patterns) {
    return patterns.stream().map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.MULTILINE)).toList();
  }

  public List<Meeting> meetings() {
    return meetings;
  }

  public Optional<Meeting> meeting(int year) {
    return Optional.ofNullable(byYear.get(year));
  }

  public List<Theme> themes() {
    return themes;
  }

  public List<Kind> sessionTypes() {
    return sessionTypes;
  }

  /** Whether the session type {@code id} is topical (see {@link Kind#topical()}). */
  public boolean topical(String id) {
    return sessionTypes.stream().anyMatch(k -> k.id().equals(id) && k.topical());
  }

  public List<Kind> docKinds() {
    return docKinds;
  }

  public Nris nris() {
    return nris;
  }

  /** The UN regional groups, by name ({@code un-regional-groups.txt}). */
  public List<String> regionalGroups() {
    return regionalGroups;
  }

  /** UN regional group of an ISO 3166 alpha-2 country code, or null. */
  public String regionOf(String countryCode) {
    return countryCode == null ? null : regionOfCountry.get(countryCode.toUpperCase(Locale.ROOT));
  }

  /** Canonical theme ids of {@code year}'s official track {@code label}. */
  public List<String> themesOfTrack(int year, String label) {
    return meeting(year).flatMap(m -> m.tracks().stream().filter(t -> t.label().equalsIgnoreCase(label)).findFirst())
        .map(Track::themes).orElse(List.of());
  }

  /** Labels of the ids of every facet whose values are canonical ids (for the UI and the CSV exports). */
  public Map<String, Map<String, String>> labels() {
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    Map<String, String> st = new LinkedHashMap<>();
    sessionTypes.forEach(k -> st.put(k.id(), k.label()));
    Map<String, String> dk = new LinkedHashMap<>();
    docKinds.forEach(k -> dk.put(k.id(), k.label()));
    Map<String, String> th = new LinkedHashMap<>();
    themes.forEach(t -> th.put(t.id(), t.label()));
    out.put("sessionType", st);
    out.put("docKind", dk);
    out.put("theme", th);
    // ids no other file labels (labels.json): kinds the structure stage decides, kinds of meeting
    Resources.json(Taxonomy.class, "labels.json").properties().forEach(e -> {
      if (!e.getValue().isObject()) return;
      Map<String, String> m = out.computeIfAbsent(e.getKey(), k -> new LinkedHashMap<>());
      e.getValue().properties().forEach(v -> m.put(v.getKey(), v.getValue().asText()));
    });
    return out;
  }
}
