package org.igfatlas.nlp;

import org.igfatlas.schema.TopicVocabulary;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TopicsAndEntitiesTest {
  static TextAnalyzer nlp;

  @BeforeAll
  static void load() {
    nlp = TextAnalyzer.of(NlpMode.FAST);
  }

  @Test
  void topicsAreMatchedOnLemmasWithExclusions() {
    Map<String, Integer> c = Topics.get().mentions(nlp.analyze(
        "Cross-border data flows and data protection were discussed. Community networks connect villages, "
            + "and an enabling environment for them matters. Climate change and e-waste were raised twice: climate again.").sentences());
    assertEquals(1, c.get("data_governance"), c.toString());
    assertEquals(1, c.get("data_protection_privacy"));
    assertEquals(1, c.get("access_connectivity"), "'community networks' matches the lemma 'community network'");
    assertEquals(3, c.get("environment_climate"), "climate change, e-waste, climate; 'enabling environment' excluded");
  }

  @Test
  void topicVocabularyIsWellFormed() {
    Set<String> themes = Set.of("data", "access_inclusion", "trust_security", "human_rights", "environment",
        "emerging_tech_ai", "digital_economy", "content_media", "governance_cooperation", "fragmentation");
    List<TopicVocabulary.Topic> all = Topics.get().all();
    assertTrue(all.size() >= 20);
    assertEquals(all.size(), all.stream().map(TopicVocabulary.Topic::id).distinct().count(), "unique ids");
    for (TopicVocabulary.Topic t : all) {
      assertTrue(themes.contains(t.theme()), t.id() + " theme " + t.theme());
      assertFalse(t.terms().isEmpty() && t.phrases().isEmpty(), t.id());
    }
  }

  @Test
  void entitiesAreNormalisedToCountryCodesAndCanonicalOrganisations() {
    NlpText.Analysis a = nlp.analyze("Liesl Brandhorst thanked the ITU, UN DESA and the Government of Kenya. "
        + "Delegates from Brazil and the United Kingdom met ICANN staff in Geneva.");
    Entities.Normalised n = Entities.normalise(a.entities());
    assertTrue(n.persons().contains("Liesl Brandhorst"), n.toString());
    assertTrue(n.organizations().contains("International Telecommunication Union"), n.toString());
    assertTrue(n.organizations().contains("UN Department of Economic and Social Affairs"), n.toString());
    assertTrue(n.organizations().contains("Internet Corporation for Assigned Names and Numbers"), n.toString());
    assertTrue(n.countries().containsAll(Set.of("BR", "GB")), n.toString());
    assertEquals("KE", Entities.countryCode("Kenya"));
    assertEquals("Multistakeholder Advisory Group", Entities.organization("the MAG"));
  }

  @Test
  void selfIntroductionsGiveAffiliationAndStakeholderGroup() {
    SpeakerProfiles.Profile p = SpeakerProfiles.of("Thank you. My name is Maria Garcia and I work for the Ministry of Communications of Peru. We have...");
    assertEquals("Ministry of Communications of Peru", p.affiliation());
    assertEquals("government", p.stakeholder());
    SpeakerProfiles.Profile q = SpeakerProfiles.of("Adaeze from the World Wide Web Foundation. For remote participation to be sustainable...");
    assertEquals("World Wide Web Foundation", q.affiliation());
    assertEquals("civil_society", q.stakeholder());
    SpeakerProfiles.Profile r = SpeakerProfiles.of("Jean-Paul O'Brien from the technical community, speaking for the Internet Society. Community networks...");
    assertEquals("technical_community", r.stakeholder());
    SpeakerProfiles.Profile s = SpeakerProfiles.of("I'm speaking on behalf of the private sector here.");
    assertEquals("private_sector", s.stakeholder());
    assertNull(SpeakerProfiles.of("Thank you, Kudzai. We have a question from the floor."));
  }

  @Test
  void statedGroupsMapToTheirStakeholderGroupFromTheVocabulary() {
    assertEquals("government", SpeakerProfiles.groupOf("governments"));
    assertEquals("private_sector", SpeakerProfiles.groupOf("business community"));
    assertEquals("academia", SpeakerProfiles.groupOf("academic community"));
    assertEquals("youth", SpeakerProfiles.groupOf("young people"));
    assertEquals("parliament", SpeakerProfiles.groupOf("parliamentarians"));
    assertEquals("civil_society", SpeakerProfiles.groupOf("civil society"));
  }
}
