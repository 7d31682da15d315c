package org.igfatlas.search;

/** The requested resource does not exist; becomes a 404. */
public class NotFoundException extends RuntimeException {
  public NotFoundException(String detail) {
    super(detail);
  }
}
