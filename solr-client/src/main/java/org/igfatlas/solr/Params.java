package org.igfatlas.solr;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Solr request parameters in order, repeatable ({@code fq}), encoded as a form or a query string. */
public final class Params {
  private final List<Map.Entry<String, String>> entries = new ArrayList<>();

  /** Parameters from keys and values in turn; a value may be any object (its string form is sent). */
  public static Params of(Object... keyValues) {
    Params p = new Params();
    for (int i = 0; i + 1 < keyValues.length; i += 2) p.add((String) keyValues[i], keyValues[i + 1]);
    return p;
  }

  public Params add(String key, String value) {
    if (value != null) entries.add(Map.entry(key, value));
    return this;
  }

  public Params add(String key, Object value) {
    return add(key, value == null ? null : String.valueOf(value));
  }

  public String encoded() {
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, String> e : entries) {
      if (out.length() > 0) out.append('&');
      out.append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)).append('=')
          .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return encoded();
  }

  /** {@code value} as a Solr query term: quoted, with quotes and backslashes escaped. */
  public static String quote(String value) {
    return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
