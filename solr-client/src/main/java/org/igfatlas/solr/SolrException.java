package org.igfatlas.solr;

/** Solr answered with an error ({@code status} is its HTTP status), or no node answered ({@code status} 503). */
public class SolrException extends RuntimeException {
  private final int status;

  public SolrException(int status, String message) {
    super(message);
    this.status = status;
  }

  public SolrException(String message, Throwable cause) {
    super(message, cause);
    this.status = 503;
  }

  public int status() {
    return status;
  }
}
