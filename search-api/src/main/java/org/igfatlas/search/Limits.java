package org.igfatlas.search;

/** Bounds on what one request may ask of the index. Documented in the README and the OpenAPI description. */
public final class Limits {
  private Limits() {}

  /** Longest accepted query string, in characters. */
  public static final int MAX_QUERY_CHARS = 2_000;
  /** Boolean clauses a query may expand to (terms, wildcard expansions). */
  public static final int MAX_CLAUSES = 1_024;
  /** Largest page size. */
  public static final int MAX_PAGE_SIZE = 100;
  /** Deepest result reachable by paging: page * size. */
  public static final int MAX_RESULT_WINDOW = 10_000;
  /** Values returned per facet. */
  public static final int MAX_FACET_VALUES = 100;
  /** Best passages shown per document with {@code unit=document}. */
  public static final int PASSAGES_PER_DOCUMENT = 3;
}
