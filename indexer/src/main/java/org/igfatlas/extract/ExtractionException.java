package org.igfatlas.extract;

/** A file whose text could not be extracted; the message is the reason shown to the user. */
public class ExtractionException extends Exception {
  public ExtractionException(String reason) {
    super(reason);
  }

  public ExtractionException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
