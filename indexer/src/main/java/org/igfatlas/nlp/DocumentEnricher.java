package org.igfatlas.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.igfatlas.structure.Passage;
import org.igfatlas.structure.StructuredDocument;

/**
 * Runs language analysis passage by passage (long documents never go to CoreNLP whole) and derives entities,
 * topic mentions, recommendations and speaker profiles. Results are cached by content hash and pipeline version.
 */
public final class DocumentEnricher {
  /** Bumped when topic matching, entities, recommendation detection or profiles change their output (9: one form per person, names before bodies). */
  public static final int VERSION = 9;

  private final NlpMode mode;
  private final TextAnalyzer analyzer;
  private final Topics topics = Topics.get();
  private final RecommendationDetector recommendations = new RecommendationDetector();
  private final NlpCache cache;

  public DocumentEnricher(NlpMode mode, NlpCache cache) {
    this.mode = mode;
    this.analyzer = TextAnalyzer.of(mode);
    this.cache = cache;
  }

  /** Identifies everything that shapes the output; part of the cache key and of the index's pipeline id. */
  public String id() {
    return analyzer.id() + "+enrich" + VERSION + "+topics" + topics.version();
  }

  public Enrichment enrich(StructuredDocument doc, String contentHash) {
    String key = contentHash + "|" + id();
    if (cache != null) {
      Enrichment cached = cache.get(key);
      if (cached != null && cached.passages().size() == doc.passages().size()) return cached;
    }
    Enrichment e = compute(doc);
    if (cache != null) cache.put(key, e);
    return e;
  }

  private Enrichment compute(StructuredDocument doc) {
    List<Passage> passages = doc.passages();
    Map<String, SpeakerProfiles.Profile> profiles = new HashMap<>();
    for (Passage p : passages) {
      if (p.speaker() != null && !profiles.containsKey(p.speaker())) {
        SpeakerProfiles.Profile profile = SpeakerProfiles.of(p.text());
        if (profile != null) profiles.put(p.speaker(), profile);
      }
    }
    List<NlpText.Analysis> analyses = new ArrayList<>(passages.size());
    List<Entities.Normalised> entities = new ArrayList<>(passages.size());
    for (Passage p : passages) {
      NlpText.Analysis a = p.text().isBlank() ? new NlpText.Analysis(List.of(), List.of()) : analyzer.analyze(p.text());
      analyses.add(a);
      entities.add(Entities.normalise(a.entities(), p.text(), p.speaker()));
    }
    // "Kudzai" -> the document's "Kudzai Marufu"; "Kee Jac" -> the document's "Jac SM Kee"
    entities = Entities.canonicalPersons(entities);
    List<Enrichment.PassageEnrichment> out = new ArrayList<>(passages.size());
    for (int i = 0; i < passages.size(); i++) {
      Passage p = passages.get(i);
      NlpText.Analysis a = analyses.get(i);
      Entities.Normalised ents = entities.get(i);
      List<Enrichment.Recommendation> recs = new ArrayList<>();
      if (mode != NlpMode.OFF) {
        RecommendationDetector.Context context = new RecommendationDetector.Context(
            doc.form() == StructuredDocument.Form.TRANSCRIPT, null);
        for (RecommendationDetector.Found f : recommendations.detect(a.sentences(), context)) {
          NlpText.Sentence s = a.sentences().stream().filter(x -> x.begin() <= f.begin() && f.end() <= x.end()).findFirst().orElse(null);
          recs.add(new Enrichment.Recommendation(f.text(), f.begin(), f.end(), f.cue(), f.actors(),
              s == null ? List.of() : List.copyOf(topics.mentions(List.of(s)).keySet()), f.strength()));
        }
      }
      SpeakerProfiles.Profile profile = p.speaker() == null ? null : profiles.get(p.speaker());
      java.util.Set<String> listed = new java.util.LinkedHashSet<>();
      java.util.Set<String> regions = new java.util.LinkedHashSet<>();
      for (SpeakerLists.Entry entry : SpeakerLists.parse(p.text())) {
        if (entry.stakeholder() != null) listed.add(entry.stakeholder());
        if (entry.regionalGroup() != null) regions.add(entry.regionalGroup());
      }
      out.add(new Enrichment.PassageEnrichment(ents.persons(), ents.organizations(), ents.countries(),
          topics.count(a.sentences()), recs, profile == null ? null : profile.affiliation(),
          profile == null ? null : profile.stakeholder(), a.tokenCount(), listed, regions));
    }
    return new Enrichment(id(), out);
  }
}
