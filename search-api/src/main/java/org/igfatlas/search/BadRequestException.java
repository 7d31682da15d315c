package org.igfatlas.search;

/** A request the caller must fix (bad query syntax, unknown field, out-of-range paging); becomes a 400. */
public class BadRequestException extends RuntimeException {
  public BadRequestException(String detail) {
    super(detail);
  }
}
