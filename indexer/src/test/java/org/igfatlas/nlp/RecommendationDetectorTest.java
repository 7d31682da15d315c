package org.igfatlas.nlp;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.igfatlas.structure.DocumentStructurer;
import org.igfatlas.structure.Passage;
import org.igfatlas.structure.StructuredDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The recommendation detector on 154 labelled sentences (half of them recommendations, with their addressees),
 * analysed by the same CoreNLP pipeline indexing uses (loaded once per test JVM).
 */
class RecommendationDetectorTest {
  static TextAnalyzer nlp;
  static final RecommendationDetector detector = new RecommendationDetector();

  @BeforeAll
  static void load() {
    nlp = TextAnalyzer.of(NlpMode.FAST);
  }

  private static RecommendationDetector.Found detect(String sentence) {
    List<RecommendationDetector.Found> found = detector.detect(nlp.analyze(sentence).sentences());
    return found.isEmpty() ? null : found.get(0);
  }

  @Test
  void precisionRecallAndActorAccuracyOnTheLabelledSet() throws IOException {
    RecommendationEvaluation.Report r = evaluate("recommendations.tsv");
    System.out.print("Team-written set: " + RecommendationEvaluation.format(r) + String.join("\n", r.errors()) + "\n");
    assertTrue(r.sentences() >= 150, "labelled sentences: " + r.sentences());
    assertTrue(r.positives() >= r.sentences() / 2);
    assertTrue(r.precision() >= 0.85, "precision " + r.precision() + "\n" + r.errors());
    assertTrue(r.recall() >= 0.80, "recall " + r.recall() + "\n" + r.errors());
    assertTrue(r.actorAccuracy() >= 0.85, "actor accuracy " + r.actorAccuracy() + "\n" + r.errors());
  }

  @Test
  void igf2020MessagesYieldTheirRecommendations() throws IOException {
    String text = Files.readString(Path.of("../corpus/000_6afcb9984d8cdbca.txt"));
    StructuredDocument doc = new DocumentStructurer().structure(text);
    Passage p = doc.passages().stream().filter(x -> x.text().contains("Governments need to revise policy and regulatory frameworks"))
        .findFirst().orElseThrow();
    Enrichment e = new DocumentEnricher(NlpMode.FAST, null).enrich(new StructuredDocument(doc.form(), List.of(p)), "x");
    Enrichment.Recommendation rec = e.passages().get(0).recommendations().stream()
        .filter(r -> r.text().startsWith("Governments need to revise")).findFirst()
        .orElseThrow(() -> new AssertionError(e.passages().get(0).recommendations()));
    assertEquals(List.of("government"), rec.actors());
    assertTrue(rec.topics().contains("access_connectivity"), "connectivity gaps, community networks: " + rec.topics());
    assertEquals("access_inclusion", Topics.get().all().stream().filter(t -> t.id().equals("access_connectivity"))
        .findFirst().orElseThrow().theme());
    assertEquals(rec.text(), p.text().substring(rec.begin(), rec.end()), "offsets point into the passage text");
  }

  @Test
  void offModeFindsTopicsButNoRecommendations() {
    StructuredDocument doc = new DocumentStructurer().structure("Governments must invest in cybersecurity and protect "
        + "hospitals against ransomware, and community networks must bring broadband to the villages.");
    Enrichment e = new DocumentEnricher(NlpMode.OFF, null).enrich(doc, "h");
    assertTrue(e.passages().get(0).recommendations().isEmpty());
    assertEquals(2, e.passages().get(0).topics().get("cybersecurity"), "cybersecurity, ransomware");
    assertEquals(2, e.passages().get(0).topics().get("access_connectivity"), "community networks, broadband");
  }

  private static RecommendationEvaluation.Report evaluate(String file) throws IOException {
    return new RecommendationEvaluation(nlp).evaluate(Path.of("src/test/resources/nlp/" + file));
  }

  /** Section 9 of the seed IGF 2020 Summary (the IGF 2020 Messages), every sentence judged by hand. */
  @Test
  void igf2020MessagesSentenceBySentence() throws IOException {
    RecommendationEvaluation.Report r = evaluate("igf2020-messages.tsv");
    System.out.print("IGF 2020 Messages: " + RecommendationEvaluation.format(r));
    assertTrue(r.sentences() >= 110 && r.positives() >= 60, r.toString());
    assertTrue(r.precision() >= 0.9, "precision " + r.precision() + "\n" + String.join("\n", r.errors()));
    assertTrue(r.recall() >= 0.85, "recall " + r.recall() + "\n" + String.join("\n", r.errors()));
    assertTrue(r.actorAccuracy() >= 0.85, "addressees " + r.actorAccuracy() + "\n" + String.join("\n", r.errors()));
  }

  /** All cue sentences of the five seeds and some without cues: real text, not written for the rules. */
  @Test
  void seedSentencesKeepTheirFigures() throws IOException {
    RecommendationEvaluation.Report r = evaluate("seed-sentences.tsv");
    System.out.print("Seed sentences: " + RecommendationEvaluation.format(r));
    assertTrue(r.sentences() >= 300, r.toString());
    assertTrue(r.precision() >= 0.85, "precision " + r.precision() + "\n" + String.join("\n", r.errors()));
    assertTrue(r.recall() >= 0.77, "recall " + r.recall() + "\n" + String.join("\n", r.errors()));
  }

  @Test
  void reportedNeedsAreCallsAndToldOrPastOnesAreNot() {
    for (String call : List.of(
        "Participants underscored the persistent gaps in rural areas and the need for continued cooperation among regulators.",
        "One issue raised in several sessions was the need for affordable access to computing power.",
        "Maintaining incentives for local creators appears essential to a diverse internet.",
        "Agreeing on common baselines for device security is becoming increasingly urgent.")) {
      assertNotNull(detect(call), call);
    }
    for (String told : List.of(
        "The open standards of the internet have been key to its growth over three decades.",
        "The speaker cited principles that call for states to protect the public core of the internet.",
        "The regional forum, which is important to share experiences, meets once a year.",
        "As invited by the MAG, the coalition is welcome to report to the plenary on its outcomes.")) {
      assertNull(detect(told), told);
    }
    RecommendationDetector.Found countries = detect("Countries must adopt legal frameworks for data protection.");
    assertEquals(List.of("government"), countries.actors(), "countries are addressed as governments");
    RecommendationDetector.Found between = detect("Speakers stressed the need for collaboration between governments and businesses.");
    assertEquals(List.of("government", "private_sector"), between.actors(), "partners of a collaboration are addressed");
    RecommendationDetector.Found category = detect("Participants stressed the need to close the gap between developed and developing countries.");
    assertTrue(category.actors().isEmpty(), "developing countries are a category to help: " + category.actors());
    var session = detector.detect(nlp.analyze("They should also be available to the moderators of the main session.").sentences(),
        new RecommendationDetector.Context(false, "Each feeder workshop will be asked to assign a rapporteur to the main session."));
    assertTrue(session.isEmpty(), "instructions to a session's people, introduced in the sentence before");
    RecommendationDetector.Found beneficiaries = detect("We call on the regional registries to train engineers in small island countries.");
    assertEquals(List.of("technical_community"), beneficiaries.actors(), "countries in a place phrase are not addressed: " + beneficiaries.actors());
  }

  @Test
  void peopleServedAreNotAddressees() {
    assertEquals(List.of(), detect("Cooperation to keep the internet a safe space for everyone is more crucial than ever.").actors(), "for everyone: served");
    assertEquals(List.of("government"), detect("It is important for governments to publish spectrum maps.").actors(),
        "for governments to ...: addressed");
    assertEquals(List.of(), detect("Involving young people in the national forum is extremely important.").actors(),
        "the object of involving is served");
    assertEquals(List.of("government"), detect("Speakers ended by urging governments to fund community networks.").actors(),
        "the object of urging is addressed");
    assertEquals(List.of(), detect("Everyone must be able to report abuse safely and in their own language.").actors(),
        "everyone must be able to: a goal for people served");
    assertFalse(detect("It is important to balance the interests of different stakeholders in every data policy.").actors()
        .contains("all_stakeholders"), "the interests of stakeholders are served");
    assertEquals(List.of("government"), detect("National legislation should protect people who report online fraud.").actors(),
        "legislation is for governments to make");
  }

  @Test
  void contentsOfTextsAndConcessionsAreNotRecommendations() {
    for (String s : List.of(
        "The minister recalled the Declaration of Principles calling for respect for human dignity.",
        "This is in line with the recommendations of the working group on forum improvements which called for more tangible outputs.",
        "This booklet should be seen as a first step towards a shared vocabulary.",
        "Among the topics on the agenda, we proposed to discuss cross-border data flows.",
        "While the need to cooperate with other teams could bring benefits, it could also weaken trust within the group.",
        "Options for Connecting Remote Islands - Phase II Call for Public Inputs")) {
      assertNull(detect(s), s);
    }
    assertNotNull(detect("While funding is scarce, regulators should still open unused spectrum to community networks."),
        "a call in the main clause after a concession");
  }

  @Test
  void boilerplateProcedureAndDescriptionsAreNotRecommendations() {
    for (String s : List.of(
        "It is posted as an aid to understanding the proceedings at the event, but should not be treated as an authoritative record.",
        "We need to start the session now because the room is needed at noon.",
        "The session will emphasize the need to protect journalists online.",
        "Proposals must be submitted no later than 2 weeks after the meeting.",
        "Everyone is invited to comment on the draft before the deadline.",
        "Call for Topics:",
        "Should governments regulate platforms",
        "I must say this has been a wonderful morning.",
        "The need for a coalition on river data emerged during a workshop in 2015.")) {
      assertNull(detect(s), s);
    }
  }

  @Test
  void strengthRanksDirectCallsAboveModalsAboveWeakStatements() {
    RecommendationDetector.Found call = detect("We call on governments to publish their spectrum plans.");
    RecommendationDetector.Found modal = detect("Spectrum plans should be published every year.");
    RecommendationDetector.Found weak = detect("Focused efforts are needed to publish spectrum plans.");
    assertNotNull(call);
    assertNotNull(modal);
    assertNotNull(weak);
    assertTrue(call.strength() > modal.strength() && modal.strength() > weak.strength(),
        call.strength() + " " + modal.strength() + " " + weak.strength());
  }

  @Test
  void theyIsResolvedToTheActorsOfThePreviousSentence() {
    List<RecommendationDetector.Found> found = detector.detect(
        nlp.analyze("Technology companies hold most of the data. They should share it with researchers under clear rules.").sentences(),
        RecommendationDetector.Context.NONE);
    assertEquals(1, found.size(), found.toString());
    assertEquals(List.of("private_sector"), found.get(0).actors());
  }

  @Test
  void inATranscriptWeShouldWithoutAnAddresseeIsTalk() {
    List<NlpText.Sentence> s = nlp.analyze("We should publish the spectrum plans every year.").sentences();
    assertTrue(detector.detect(s, new RecommendationDetector.Context(true, null)).isEmpty(), "said in a transcript");
    assertEquals(1, detector.detect(s, RecommendationDetector.Context.NONE).size(), "written in a report");
  }
}
