package org.igfatlas.index;

import org.igfatlas.schema.IndexSchema;

/**
 * Version of everything that turns a file into index entries. A file whose content hash and pipeline id are
 * unchanged since it was indexed is skipped; bump a part when its output changes.
 */
public final class Pipeline {
  private Pipeline() {}

  public static final String ID = "schema=" + IndexSchema.VERSION + ";extract=2;structure=5;tag=3";

  /** The full id of a run: the stages above plus the language analysis in use. */
  public static String id(String enricherId) {
    return ID + ";nlp=" + enricherId;
  }
}
