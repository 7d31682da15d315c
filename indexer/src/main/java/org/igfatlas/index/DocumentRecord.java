package org.igfatlas.index;

import java.util.List;
import org.igfatlas.extract.Extracted;
import org.igfatlas.nlp.Enrichment;
import org.igfatlas.structure.StructuredDocument;
import org.igfatlas.tag.DocumentTags;

/**
 * A document ready to be written: identity, extraction, structure and tags.
 *
 * @param docId       stable id (derived from the file's path), so re-indexing replaces
 * @param path        the path shown to users (relative to the working directory when inside it)
 * @param contentHash SHA-256 of the file's bytes, used to skip unchanged files
 * @param tokens      number of word tokens in the text (the denominator of rates)
 */
public record DocumentRecord(String docId, String path, String contentHash, Extracted extracted,
                             StructuredDocument structure, DocumentTags tags, Enrichment enrichment, int tokens) {
  public List<String> speakers() {
    return List.copyOf(structure.speakers());
  }
}
