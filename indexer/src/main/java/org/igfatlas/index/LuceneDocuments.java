package org.igfatlas.index;

import static org.igfatlas.schema.IndexSchema.*;

import org.igfatlas.schema.IndexSchema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;
import org.igfatlas.nlp.Enrichment;
import org.igfatlas.nlp.Topics;
import org.igfatlas.structure.CaptioningDisclaimer;
import org.igfatlas.structure.Passage;
import org.igfatlas.tag.DocumentTags;

/** Turns a {@link DocumentRecord} into its Lucene entries: its passages, then the document entry. */
final class LuceneDocuments {
  private static final ObjectMapper JSON = org.igfatlas.schema.Resources.JSON;
  private final FacetsConfig facets = IndexSchema.facetsConfig();

  List<Document> build(DocumentRecord r, String pipelineId) throws IOException {
    List<Document> out = new ArrayList<>(r.structure().passages().size() + 1);
    Set<String> persons = new LinkedHashSet<>();
    Set<String> orgs = new LinkedHashSet<>();
    Set<String> countries = new LinkedHashSet<>();
    Set<String> topics = new LinkedHashSet<>();
    Set<String> stakeholders = new LinkedHashSet<>();
    Set<String> regionalGroups = new LinkedHashSet<>();
    Set<String> textKeys = new LinkedHashSet<>();
    List<Passage> passages = r.structure().passages();
    for (int i = 0; i < passages.size(); i++) {
      Passage p = passages.get(i);
      Enrichment.PassageEnrichment e = r.enrichment().passages().get(i);
      Document d = new Document();
      d.add(new StringField(KIND, KIND_PASSAGE, Field.Store.YES));
      common(d, r);
      d.add(new StringField(PASSAGE_ID, r.docId() + "-" + p.ordinal(), Field.Store.YES));
      d.add(new IntPoint(ORDINAL, p.ordinal()));
      d.add(new StoredField(ORDINAL, p.ordinal()));
      d.add(new NumericDocValuesField(ORDINAL, p.ordinal()));
      d.add(new Field(TEXT, p.text(), TEXT_WITH_OFFSETS));
      d.add(new StoredField(PASSAGE_KIND, p.kind().id()));
      d.add(new StringField(PASSAGE_KIND, p.kind().id(), Field.Store.NO));
      int tokens = TextStats.countTokens(p.text());
      d.add(new NumericDocValuesField(TOKENS, tokens));
      d.add(new StoredField(TOKENS, tokens));
      if (p.kind() != Passage.Kind.PREAMBLE) d.add(new Field(WORDS, p.text(), WORDS_TYPE)); // no captioning boilerplate
      if (isBoilerplate(p, tokens)) d.add(new StringField(BOILERPLATE, "1", Field.Store.YES));
      textKey(d, p.text(), textKeys);
      d.add(new StoredField(START, p.start()));
      d.add(new StoredField(END, p.end()));
      if (p.section() != null) d.add(new TextField(SECTION, p.section(), Field.Store.YES));
      if (p.speakerLabel() != null) d.add(new StoredField(SPEAKER_LABEL, p.speakerLabel()));
      if (p.speaker() != null) {
        d.add(new TextField(SPEAKER, p.speaker(), Field.Store.YES));
        d.add(new SortedSetDocValuesFacetField(SPEAKER, p.speaker()));
      }
      for (String note : p.notes()) d.add(new StoredField(NOTES, note));
      enrichment(d, e);
      out.add(facets.build(d));
      persons.addAll(e.persons());
      orgs.addAll(e.organizations());
      countries.addAll(e.countries());
      topics.addAll(e.topics().keySet());
      if (e.stakeholder() != null) stakeholders.add(e.stakeholder());
      stakeholders.addAll(e.listedStakeholders());
      regionalGroups.addAll(e.regionalGroups());
      for (int k = 0; k < e.recommendations().size(); k++) {
        Document rec = recommendation(r, p, e, e.recommendations().get(k), k);
        textKey(rec, e.recommendations().get(k).text(), textKeys);
        out.add(facets.build(rec));
      }
    }
    Document d = new Document();
    d.add(new StringField(KIND, KIND_DOCUMENT, Field.Store.YES));
    common(d, r);
    d.add(new Field(TEXT, r.extracted().text(), TEXT_INDEXED_WITH_OFFSETS));
    d.add(new StoredField(PATH, r.path()));
    d.add(new StoredField(CONTENT_HASH, r.contentHash()));
    d.add(new StoredField(PIPELINE, pipelineId));
    d.add(new StoredField(TOKENS, r.tokens()));
    d.add(new NumericDocValuesField(TOKENS, r.tokens()));
    d.add(new StoredField(PASSAGES, r.structure().passages().size()));
    d.add(new StoredField(MEDIA_TYPE, String.valueOf(r.extracted().mediaType())));
    d.add(new StoredField(EVIDENCE, json(r.tags().evidence())));
    for (String w : r.extracted().warnings()) d.add(new StoredField(WARNINGS, w));
    for (String speaker : r.speakers()) {
      d.add(new TextField(SPEAKER, speaker, Field.Store.YES));
      d.add(new SortedSetDocValuesFacetField(SPEAKER, speaker));
    }
    persons.forEach(v -> facet(d, PERSON, v));
    orgs.forEach(v -> facet(d, ORGANIZATION, v));
    countries.forEach(v -> facet(d, COUNTRY, v));
    topics.forEach(v -> facet(d, TOPIC, v));
    stakeholders.forEach(v -> facet(d, STAKEHOLDER, v));
    regionalGroups.forEach(v -> facet(d, REGIONAL_GROUP, v));
    textKeys.forEach(k -> d.add(new StringField(DOC_TEXT_KEYS, k, Field.Store.NO)));
    out.add(facets.build(d));
    return out;
  }

  /**
   * Passages no analysis should count: a transcript's preamble that holds the captioning notice, or a short passage
   * that is a known notice, banner or speaker list. A preamble without the notice (a title line) counts.
   */
  static boolean isBoilerplate(Passage p, int tokens) {
    if (p.kind() == Passage.Kind.PREAMBLE && CaptioningDisclaimer.find(p.text()) != null) return true;
    return tokens <= MAX_BOILERPLATE_TOKENS && Topics.get().ignored(p.text());
  }

  /** Longer passages that contain a notice also hold other text, which counts. */
  static final int MAX_BOILERPLATE_TOKENS = 120;

  private static void textKey(Document d, String text, Set<String> documentKeys) {
    String key = TextKey.of(text);
    if (key == null) return;
    d.add(new StringField(TEXT_KEY, key, Field.Store.NO));
    documentKeys.add(key);
  }

  /** Entities, topics, the speaker's profile and the recommendation flag of a passage. */
  private static void enrichment(Document d, Enrichment.PassageEnrichment e) {
    e.persons().forEach(v -> facet(d, PERSON, v));
    e.organizations().forEach(v -> facet(d, ORGANIZATION, v));
    e.countries().forEach(v -> facet(d, COUNTRY, v));
    StringBuilder mentions = new StringBuilder();
    e.topics().forEach((topic, n) -> {
      facet(d, TOPIC, topic);
      for (int i = 0; i < n; i++) mentions.append(topic).append(' ');
    });
    if (mentions.length() > 0) d.add(new Field(TOPIC_MENTIONS, mentions.toString(), TOPIC_MENTIONS_TYPE));
    Set<String> groups = new LinkedHashSet<>(e.listedStakeholders());
    if (e.stakeholder() != null) groups.add(e.stakeholder());
    groups.forEach(g -> facet(d, STAKEHOLDER, g));
    e.regionalGroups().forEach(g -> facet(d, REGIONAL_GROUP, g));
    if (e.affiliation() != null) d.add(new StoredField(AFFILIATION, e.affiliation()));
    if (!e.recommendations().isEmpty()) d.add(new StringField(HAS_RECOMMENDATION, "1", Field.Store.YES));
  }

  /**
   * A recommendation entry: the sentence (searchable, highlighted), its addressees, topics and themes (the
   * document's themes and those of the topics it mentions), with the document's facets and its provenance.
   */
  private Document recommendation(DocumentRecord r, Passage p, Enrichment.PassageEnrichment e,
                                  Enrichment.Recommendation rec, int k) {
    Document d = new Document();
    d.add(new StringField(KIND, KIND_RECOMMENDATION, Field.Store.YES));
    common(d, r, false);
    d.add(new StringField(PASSAGE_ID, r.docId() + "-" + p.ordinal(), Field.Store.YES));
    d.add(new IntPoint(ORDINAL, p.ordinal()));
    d.add(new StoredField(ORDINAL, p.ordinal()));
    d.add(new NumericDocValuesField(ORDINAL, p.ordinal() * 1000L + k));
    d.add(new Field(TEXT, rec.text(), TEXT_WITH_OFFSETS));
    d.add(new StoredField(START, rec.begin()));
    d.add(new StoredField(END, rec.end()));
    d.add(new StoredField(CUE, rec.cue()));
    int hundredths = (int) Math.round(rec.strength() * 100);
    d.add(new StoredField(STRENGTH, rec.strength()));
    d.add(new IntPoint(STRENGTH, hundredths));
    d.add(new NumericDocValuesField(STRENGTH, hundredths));
    if (p.section() != null) d.add(new TextField(SECTION, p.section(), Field.Store.YES));
    if (p.speaker() != null) {
      d.add(new TextField(SPEAKER, p.speaker(), Field.Store.YES));
      d.add(new SortedSetDocValuesFacetField(SPEAKER, p.speaker()));
    }
    if (e.stakeholder() != null) facet(d, STAKEHOLDER, e.stakeholder());
    rec.actors().forEach(a -> facet(d, ACTOR, a));
    Set<String> themes = new LinkedHashSet<>(r.tags().themes());
    for (String topic : rec.topics()) {
      facet(d, TOPIC, topic);
      Topics.get().byId(topic).ifPresent(t -> themes.add(t.theme()));
    }
    themes.forEach(t -> facet(d, THEME, t));
    return d;
  }

  private static void common(Document d, DocumentRecord r) {
    common(d, r, true);
  }

  /** Fields every entry of a document carries: identity, title, source and the document's facets. */
  private static void common(Document d, DocumentRecord r, boolean withThemes) {
    DocumentTags t = r.tags();
    d.add(new StringField(DOC_ID, r.docId(), Field.Store.YES));
    d.add(new SortedDocValuesField(DOC_ID, new BytesRef(r.docId())));
    d.add(new TextField(TITLE, t.title(), Field.Store.YES));
    d.add(new StoredField(SOURCE, t.source() != null ? t.source() : r.path()));
    if (t.nri() != null) d.add(new StringField(IS_NRI, "1", Field.Store.NO));
    if (t.year() != null) {
      d.add(new IntPoint(YEAR, t.year()));
      d.add(new NumericDocValuesField(YEAR, t.year()));
      d.add(new StoredField(YEAR, t.year()));
      d.add(new SortedSetDocValuesFacetField(YEAR, t.year().toString()));
    }
    facet(d, MEETING, t.meeting());
    facet(d, SESSION_TYPE, t.sessionType());
    facet(d, DOC_KIND, t.docKind());
    facet(d, NRI, t.nri());
    facet(d, NRI_REGION, t.nriRegion());
    facet(d, NRI_KIND, t.nriKind());
    facet(d, FORMAT, r.extracted().format());
    facet(d, LANGUAGE, r.extracted().language());
    t.tracks().forEach(v -> facet(d, TRACK, v));
    if (withThemes) t.themes().forEach(v -> facet(d, THEME, v));
  }

  private static void facet(Document d, String dim, String value) {
    if (value == null || value.isBlank()) return;
    d.add(new StoredField(dim, value));
    d.add(new SortedSetDocValuesFacetField(dim, value));
  }

  private static String json(Object o) {
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
