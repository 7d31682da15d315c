package org.igfatlas.search;

import static org.igfatlas.schema.IndexSchema.*;

import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Document;

/** Stored fields of index entries as the API's records: a search hit from a document entry and a passage entry. */
public final class StoredHits {
  private StoredHits() {}

  /** A hit whose metadata and passage fields come from one entry (a passage or a recommendation). */
  static SearchResponse.Hit hit(Document d, String snippet, float score, List<SearchResponse.PassageHit> passages) {
    return hit(d, d, snippet, score, passages);
  }

  /** A hit with the document's metadata from {@code doc} and the passage's own fields from {@code passage}. */
  public static SearchResponse.Hit hit(Document doc, Document passage, String snippet, float score,
                                 List<SearchResponse.PassageHit> passages) {
    Integer ordinal = passage.getField(ORDINAL) == null ? null : passage.getField(ORDINAL).numericValue().intValue();
    return new SearchResponse.Hit(doc.get(DOC_ID), passage.get(PASSAGE_ID), ordinal, doc.get(TITLE), year(doc),
        doc.get(MEETING), doc.get(SESSION_TYPE), doc.get(DOC_KIND), Arrays.asList(doc.getValues(TRACK)),
        Arrays.asList(doc.getValues(THEME)), passage.get(PASSAGE_ID) == null ? null : passage.get(SPEAKER),
        passage.get(SECTION), snippet, Float.isNaN(score) ? 0f : score, doc.get(SOURCE), passages,
        Arrays.asList(passage.getValues(ACTOR)), Arrays.asList(passage.getValues(TOPIC)),
        passage.getField(STRENGTH) == null ? null : passage.getField(STRENGTH).numericValue().doubleValue());
  }

  public static Integer year(Document d) {
    return d.getField(YEAR) == null ? null : d.getField(YEAR).numericValue().intValue();
  }
}
