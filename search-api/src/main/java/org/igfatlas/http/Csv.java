package org.igfatlas.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/** CSV answers ({@code format=csv}): RFC 4180 quoting, UTF-8, a header row, streamed to the client. */
final class Csv {
  private Csv() {}

  static boolean wanted(Context ctx) {
    return "csv".equalsIgnoreCase(ctx.queryParam("format"));
  }

  /**
   * Answers a header and rows (at most a few thousand: every CSV answer is bounded); cells are converted with
   * {@code String.valueOf}, null as empty. The text is built first and set as the result, so a request past its time
   * limit never streams half a file.
   */
  static void send(Context ctx, String filename, List<String> header, Iterable<? extends List<?>> rows) {
    java.io.StringWriter w = new java.io.StringWriter();
    try {
      line(w, header);
      for (List<?> row : rows) line(w, row);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ctx.contentType("text/csv; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"" + filename + ".csv\"");
    ctx.result(w.toString());
  }

  private static void line(Writer w, List<?> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) w.write(',');
      w.write(quote(cells.get(i)));
    }
    w.write("\r\n");
  }

  static String quote(Object cell) {
    if (cell == null) return "";
    if (cell instanceof Number) return String.valueOf(cell);
    String s = cell instanceof List<?> l ? String.join(";", l.stream().map(String::valueOf).toList()) : String.valueOf(cell);
    // a leading = + - @ (or a tab or carriage return before one, OWASP) would run as a formula in spreadsheets: keep it text
    if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) s = "'" + s;
    if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
      return '"' + s.replace("\"", "\"\"") + '"';
    }
    return s;
  }
}
