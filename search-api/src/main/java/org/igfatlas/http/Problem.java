package org.igfatlas.http;

/** An RFC 9457 problem detail, sent as {@code application/problem+json}. */
public record Problem(String type, String title, int status, String detail, String instance) {
  public static Problem of(int status, String title, String detail, String path) {
    return new Problem("about:blank", title, status, detail, path);
  }
}
