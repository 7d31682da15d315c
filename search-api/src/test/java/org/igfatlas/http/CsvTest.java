package org.igfatlas.http;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV cells a spreadsheet opens as text, never as a formula (OWASP CSV injection). */
class CsvTest {
  @Test
  void cellsThatASpreadsheetWouldRunStayText() {
    for (String s : List.of("=HYPERLINK(\"x\")", "+1", "-1+2", "@SUM(A1)", "\t=1", "\r=1")) {
      String q = Csv.quote(s);
      String inner = q.startsWith("\"") ? q.substring(1) : q;
      assertTrue(inner.startsWith("'"), s.replace("\t", "\\t").replace("\r", "\\r") + " -> " + q);
    }
    assertEquals("plain text", Csv.quote("plain text"));
    assertEquals("\"a, b\"", Csv.quote("a, b"));
    assertEquals("3", Csv.quote(3));
  }
}
