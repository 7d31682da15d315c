package org.igfatlas.structure;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.igfatlas.testing.Fixtures;
import org.junit.jupiter.api.Test;

class ReportSplitterTest {
  private final DocumentStructurer structurer = new DocumentStructurer();

  @Test
  void reportBecomesParagraphsAndPointsWithSectionHeadings() {
    StructuredDocument doc = structurer.structure(Fixtures.text(Fixtures.REPORTS.get(0)));
    assertEquals(StructuredDocument.Form.REPORT, doc.form());
    List<Passage> ps = doc.passages();
    Passage first = ps.stream().filter(p -> p.text().startsWith("1. Data governance frameworks")).findFirst().orElseThrow();
    assertEquals(Passage.Kind.POINT, first.kind());
    assertEquals("Key Takeaways", first.section());
    Passage bullet = ps.stream().filter(p -> p.text().startsWith("- The private sector")).findFirst().orElseThrow();
    assertEquals(Passage.Kind.POINT, bullet.kind());
    assertEquals("Call to Action", bullet.section());
    Passage second = ps.stream().filter(p -> p.text().startsWith("- All stakeholders")).findFirst().orElseThrow();
    assertEquals(bullet.ordinal() + 1, second.ordinal(), "consecutive bullet lines are separate points");
    Passage para = ps.stream().filter(p -> p.text().startsWith("A representative of civil society")).findFirst().orElseThrow();
    assertEquals(Passage.Kind.PARAGRAPH, para.kind());
    assertEquals("Summary of the discussion", para.section());
    assertTrue(ps.stream().noneMatch(p -> p.text().equals("Key Takeaways")), "headings are not passages");
  }

  @Test
  void wrappedLinesJoinIntoOneParagraphAndBlankLinesSeparate() {
    String text = """
        Introduction

        The IGF 2020 provided a substantive multistakeholder platform
        for engaged and informed discussions about policy issues
        pertaining to the Internet.

        The discussions took place under four thematic tracks.
        """;
    List<Passage> ps = new ReportSplitter(1200).split(text);
    assertEquals(2, ps.size());
    assertEquals("The IGF 2020 provided a substantive multistakeholder platform for engaged and informed discussions "
        + "about policy issues pertaining to the Internet.", ps.get(0).text());
    assertEquals("Introduction", ps.get(0).section());
    assertEquals(text.indexOf("The IGF 2020"), ps.get(0).start());
    assertEquals(text.indexOf("Internet.") + "Internet.".length(), ps.get(0).end());
  }

  @Test
  void numberedHeadingsAndShortTitleLinesSetTheSection() {
    String text = """
        4.2 In detail

        4.2.1 The first ever entirely online IGF.

        Like many events in this year of the COVID-19 pandemic, the IGF had to change plans and move online.

        Data
        Contribute to identifying best approaches to ensure the development of human-centric data governance frameworks.
        """;
    List<Passage> ps = new ReportSplitter(1200).split(text);
    assertEquals("4.2 In detail", ps.get(0).section());
    assertEquals("4.2.1 The first ever entirely online IGF.", ps.get(0).text());
    assertEquals("4.2 In detail", ps.get(1).section());
    Passage data = ps.get(ps.size() - 1);
    assertEquals("Data", data.section());
    assertTrue(data.text().startsWith("Contribute to identifying"));
  }

  @Test
  void urlOnlyLinesAndMarkupAreDropped() {
    String text = """
        **Summary of key discussion points**

        <https://www.intgovforum.org/vIGF>

        1. The IGF MAG Chair introduced the consultation.
        """;
    List<Passage> ps = new ReportSplitter(1200).split(text);
    assertEquals(1, ps.size());
    assertEquals("Summary of key discussion points", ps.get(0).section());
  }
}
