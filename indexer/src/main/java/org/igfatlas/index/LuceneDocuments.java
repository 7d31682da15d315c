package org.igfatlas.index;

import static org.igfatlas.index.IndexSchema.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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
import org.igfatlas.structure.Passage;
import org.igfatlas.tag.DocumentTags;

/** Turns a {@link DocumentRecord} into its Lucene entries: its passages, then the document entry. */
final class LuceneDocuments {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final FacetsConfig facets = IndexSchema.facetsConfig();

  List<Document> build(DocumentRecord r) throws IOException {
    List<Document> out = new ArrayList<>(r.structure().passages().size() + 1);
    for (Passage p : r.structure().passages()) {
      Document d = new Document();
      d.add(new StringField(KIND, KIND_PASSAGE, Field.Store.YES));
      common(d, r);
      d.add(new StringField(PASSAGE_ID, r.docId() + "-" + p.ordinal(), Field.Store.YES));
      d.add(new IntPoint(ORDINAL, p.ordinal()));
      d.add(new StoredField(ORDINAL, p.ordinal()));
      d.add(new NumericDocValuesField(ORDINAL, p.ordinal()));
      d.add(new Field(TEXT, p.text(), TEXT_WITH_OFFSETS));
      d.add(new StoredField(PASSAGE_KIND, p.kind().id()));
      d.add(new StoredField(START, p.start()));
      d.add(new StoredField(END, p.end()));
      if (p.section() != null) d.add(new TextField(SECTION, p.section(), Field.Store.YES));
      if (p.speakerLabel() != null) d.add(new StoredField(SPEAKER_LABEL, p.speakerLabel()));
      if (p.speaker() != null) {
        d.add(new TextField(SPEAKER, p.speaker(), Field.Store.YES));
        d.add(new SortedSetDocValuesFacetField(SPEAKER, p.speaker()));
      }
      for (String note : p.notes()) d.add(new StoredField(NOTES, note));
      out.add(facets.build(d));
    }
    Document d = new Document();
    d.add(new StringField(KIND, KIND_DOCUMENT, Field.Store.YES));
    common(d, r);
    d.add(new Field(TEXT, r.extracted().text(), TEXT_INDEXED_WITH_OFFSETS));
    d.add(new StoredField(PATH, r.path()));
    d.add(new StoredField(CONTENT_HASH, r.contentHash()));
    d.add(new StoredField(PIPELINE, Pipeline.ID));
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
    out.add(facets.build(d));
    return out;
  }

  /** Fields every entry of a document carries: identity, title, source and the document's facets. */
  private static void common(Document d, DocumentRecord r) {
    DocumentTags t = r.tags();
    d.add(new StringField(DOC_ID, r.docId(), Field.Store.YES));
    d.add(new SortedDocValuesField(DOC_ID, new BytesRef(r.docId())));
    d.add(new TextField(TITLE, t.title(), Field.Store.YES));
    d.add(new StoredField(SOURCE, t.source() != null ? t.source() : r.path()));
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
    t.themes().forEach(v -> facet(d, THEME, v));
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
