package org.igfatlas.nlp;

import org.igfatlas.schema.TopicVocabulary;
import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The topic rule (phrases, or two distinct cues; exclusions; boilerplate; names of bodies) and the vocabulary's own examples. */
class TopicsTest {
  static TextAnalyzer nlp;

  @BeforeAll
  static void load() {
    nlp = TextAnalyzer.of(NlpMode.FAST);
  }

  private static Map<String, Integer> topics(String text) {
    return Topics.get().mentions(nlp.analyze(text).sentences());
  }

  @Test
  void aPassageDiscussesATopicItMentionsMoreThanInPassing() {
    var discussed = Topics.get().count(nlp.analyze("Data centres must cut their energy consumption, and the e-waste of old "
        + "phones pollutes rivers in the countries that import them.").sentences());
    assertEquals(2, discussed.get("environment_climate"), "energy consumption, e-waste: " + discussed);
    var passing = Topics.get().count(nlp.analyze("The workshop covered many subjects, from the role of parliaments to "
        + "the e-waste of phones, and ended with a long lunch.").sentences());
    assertFalse(passing.containsKey("environment_climate"), "one mention in a long passage is a passing mention");
    var title = Topics.get().count(nlp.analyze("Workshop 12: Climate change, e-waste and the energy of AI").sentences());
    assertTrue(title.isEmpty(), "a title names topics, it does not discuss them: " + title);
  }

  @Test
  void aLoneAmbiguousCueIsNotAMention() {
    assertFalse(topics("The sustainability of the national IGFs depends on volunteers.").containsKey("environment_climate"));
    assertFalse(topics("Security was tight at the venue.").containsKey("cybersecurity"));
    assertFalse(topics("We thank the youth volunteers for the chairs.").containsKey("youth"));
  }

  @Test
  void twoDistinctCuesOrOnePhraseAre() {
    assertEquals(2, topics("The environment suffers when the energy of data centres comes from coal.").get("environment_climate"));
    assertEquals(1, topics("Climate change was the first item.").get("environment_climate"));
    assertFalse(topics("Climate, climate, climate.").containsKey("environment_climate"), "one cue repeated is still one cue");
  }

  @Test
  void namesOfBodiesDoNotCount() {
    assertFalse(topics("The Dynamic Coalition on Environment and Sustainability met on Tuesday.").containsKey("environment_climate"));
    assertFalse(topics("A delegate of the Ministry of Youth and Sports spoke.").containsKey("youth"));
    assertTrue(topics("The coalition spoke about e-waste and the environment.").containsKey("environment_climate"));
  }

  @Test
  void boilerplateSentencesAreIgnored() {
    for (String s : Topics.get().ignoreExamples()) {
      assertTrue(Topics.get().ignored(s), s);
    }
    assertTrue(topics("This text, document, or file is based on live transcription. Communication Access Realtime Translation "
        + "(CART), captioning, and/or live transcription are provided in order to facilitate communication accessibility "
        + "and may not be a totally verbatim record of the proceedings. It is largely accurate, in some cases it may be "
        + "incomplete or inaccurate due to inaudible passages or transcription errors.").isEmpty());
  }

  @TestFactory
  Stream<DynamicTest> everyExampleMentionsItsTopic() {
    List<DynamicTest> out = new ArrayList<>();
    for (TopicVocabulary.Topic t : Topics.get().all()) {
      for (String e : t.examples()) {
        out.add(DynamicTest.dynamicTest(t.id() + ": " + e, () -> assertTrue(topics(e).containsKey(t.id()), topics(e).toString())));
      }
      for (String e : t.counterExamples()) {
        out.add(DynamicTest.dynamicTest(t.id() + " not in: " + e, () -> assertFalse(topics(e).containsKey(t.id()), topics(e).toString())));
      }
    }
    return out.stream();
  }

  @TestFactory
  Stream<DynamicTest> everyExclusionCancelsItsWords() {
    List<DynamicTest> out = new ArrayList<>();
    for (TopicVocabulary.Topic t : Topics.get().all()) {
      for (String x : t.exclude()) {
        String sentence = "They spoke of the " + x + " and then of the " + x + " once more.";
        out.add(DynamicTest.dynamicTest(t.id() + " excludes '" + x + "'",
            () -> assertFalse(topics(sentence).containsKey(t.id()), sentence + " -> " + topics(sentence))));
      }
    }
    return out.stream();
  }

  @Test
  void everyTopicSaysWhatItMeansAndHasAnExample() {
    for (TopicVocabulary.Topic t : Topics.get().all()) {
      assertFalse(t.senses() == null || t.senses().isBlank(), t.id());
      assertFalse(t.examples().isEmpty(), t.id());
    }
  }
}
