package org.igfatlas.schema;


import static org.junit.jupiter.api.Assertions.*;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The taxonomy files are data with tests: ids match the API's canonical ids, every reference resolves. */
class TaxonomyTest {
  private final Taxonomy t = Taxonomy.get();

  @Test
  void meetingsCoverEveryYearWithConsecutiveNumbers() {
    assertEquals(20, t.meetings().size());
    for (int i = 0; i < 20; i++) {
      Taxonomy.Meeting m = t.meetings().get(i);
      assertEquals(2006 + i, m.year());
      assertEquals(i + 1, m.number());
      assertFalse(m.tracks().isEmpty(), m.year() + " has tracks");
    }
    assertEquals("Fourteenth", t.meeting(2019).orElseThrow().ordinal());
    assertEquals("Berlin", t.meeting(2019).orElseThrow().host());
    assertEquals(List.of("Data Governance", "Digital Inclusion", "Security, Safety, Stability and Resilience"),
        t.meeting(2019).orElseThrow().tracks().stream().map(Taxonomy.Track::label).toList());
  }

  @Test
  void everyTrackMapsToKnownThemes() {
    Set<String> themes = new HashSet<>();
    t.themes().forEach(th -> themes.add(th.id()));
    assertEquals(10, themes.size());
    for (Taxonomy.Meeting m : t.meetings()) {
      for (Taxonomy.Track tr : m.tracks()) {
        assertFalse(tr.themes().isEmpty(), m.year() + " " + tr.label());
        assertTrue(themes.containsAll(tr.themes()), m.year() + " " + tr.label() + " " + tr.themes());
      }
    }
    assertEquals(List.of("data"), t.themesOfTrack(2020, "Data"));
    assertEquals(List.of("fragmentation"), t.themesOfTrack(2022, "Avoiding Internet Fragmentation"));
  }

  @Test
  void sessionTypesAndDocKindsUseTheCanonicalIds() {
    Set<String> canonicalSessionTypes = Set.of("main_session", "workshop", "open_forum", "pre_event", "best_practice_forum",
        "dynamic_coalition", "nri_session", "policy_network", "high_level", "parliamentary", "youth", "networking",
        "lightning_talk", "launch_award", "town_hall", "village_booth", "open_mic", "ceremony", "orientation",
        "mag_meeting", "open_consultation", "other");
    Set<String> ids = new HashSet<>();
    t.sessionTypes().forEach(k -> ids.add(k.id()));
    assertEquals(canonicalSessionTypes, ids);
    Set<String> canonicalDocKinds = Set.of("transcript", "session_report", "messages", "summary", "key_takeaways",
        "policy_recommendations", "voluntary_commitments", "bpf_output", "dc_output", "pn_output", "nri_report",
        "wsis_report", "meeting_summary", "web_page", "press_release", "other");
    Set<String> kinds = new HashSet<>(Set.of("transcript", "nri_report")); // decided by structure and by the NRI list
    t.docKinds().forEach(k -> kinds.add(k.id()));
    assertEquals(canonicalDocKinds, kinds);
    assertEquals(canonicalDocKinds, t.labels().get("docKind").keySet());
    assertEquals(canonicalSessionTypes, t.labels().get("sessionType").keySet());
    assertEquals("Annual meeting", t.labels().get("meeting").get("annual_meeting"), "labels.json");
    assertEquals("NRI report", t.labels().get("docKind").get("nri_report"));
  }

  @Test
  void regionalGroupsCoverTheUnMembershipOnceEachWithValidCodes() {
    Set<String> iso = Set.of(Locale.getISOCountries());
    int n = 0;
    for (String cc : iso) {
      if (t.regionOf(cc) != null) n++;
    }
    assertTrue(n >= 190, "countries with a group: " + n);
    assertEquals("Western European and Others Group", t.regionOf("DE"));
    assertEquals("African Group", t.regionOf("KE"));
    assertEquals("Latin American and Caribbean Group", t.regionOf("BR"));
    assertEquals("Asia-Pacific Group", t.regionOf("JP"));
    assertEquals("Eastern European Group", t.regionOf("PL"));
  }

  @Test
  void nrisResolveToCountryRegionAndKind() {
    Nris nris = t.nris();
    assertTrue(nris.size() > 300, "listed plus Locale-derived NRIs: " + nris.size());
    Nris.Nri kenya = nris.find("Report of the Kenya IGF 2020").orElseThrow().nri();
    assertEquals("KE", kenya.country());
    assertEquals("African Group", kenya.region());
    assertEquals("national", kenya.kind());
    Nris.Nri eurodig = nris.find("EuroDIG 2021 Messages").orElseThrow().nri();
    assertEquals("regional", eurodig.kind());
    assertEquals("Inter-regional", eurodig.region());
    // not in nris.csv: recognised from the Locale country name
    Nris.Nri peru = nris.find("Internet Governance Forum of Peru 2021").orElseThrow().nri();
    assertEquals("PE", peru.country());
    assertEquals("Latin American and Caribbean Group", peru.region());
    Nris.Nri chad = nris.find("Chad Youth IGF 2022").orElseThrow().nri();
    assertEquals("youth", chad.kind());
    assertEquals("TD", chad.country());
    assertEquals("Youth IGF Brazil", nris.find("the Youth IGF Brazil programme").orElseThrow().nri().name());
    assertTrue(nris.find("The IGF met in Berlin with digital cooperation on the agenda").isEmpty());
  }
}
