package org.igfatlas.e2e;

import static org.junit.jupiter.api.Assertions.*;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.List;
import org.igfatlas.cli.ServeCommand;
import org.igfatlas.http.ApiServer;
import org.igfatlas.search.AtlasSearcher;
import org.igfatlas.testing.FixtureCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Drives the UI in headless Chromium against a server on a random port over the fixture corpus. */
class SearchPageBrowserIT {
  @TempDir
  static Path dir;
  static AtlasSearcher searcher;
  static Javalin app;
  static Browser browser;
  static String base;
  /**
   * Where the screenshots go: {@code target/screenshots} of the module, so a test run leaves the tree clean; with
   * {@code -Dscreenshots=docs} (or {@code IGF_SCREENSHOTS=docs}) the README's pictures in docs/screenshots are refreshed.
   */
  static final Path SCREENSHOTS = "docs".equals(System.getProperty("screenshots", System.getenv("IGF_SCREENSHOTS")))
      ? Path.of("..", "docs", "screenshots") : Path.of("target", "screenshots");

  @BeforeAll
  static void start() throws Exception {
    FixtureCorpus fixtures = FixtureCorpus.build(dir);
    // two NRI reports for the dashboard
    java.nio.file.Path nri = java.nio.file.Files.createDirectories(dir.resolve("nri"));
    java.nio.file.Files.writeString(nri.resolve("kenya-igf-2021.txt"),
        "Kenya IGF 2021 Report\n\nCybersecurity dominated the Kenya IGF: the national CERT reported ransomware attacks on "
            + "county governments, and cybercrime units asked for more staff.\n\nData governance followed: cross-border data "
            + "flows and open data were debated with the ITU, UNESCO and the Internet Society.\n\nCommunity networks and "
            + "affordable broadband connectivity remain out of reach in rural counties, speakers said.\n");
    java.nio.file.Files.writeString(nri.resolve("eurodig-2021.txt"),
        "EuroDIG 2021 Messages\n\nCybersecurity and cyber norms: the Council of Europe and ICANN presented their work on "
            + "ransomware and incident response across borders.\n\nInternet fragmentation and internet shutdowns threaten the "
            + "open interoperable internet, the OECD and the European Commission warned.\n");
    new org.igfatlas.index.CorpusIndexer(org.igfatlas.index.CorpusIndexer.Options.defaults()).index(java.util.List.of(nri), fixtures.index, null);
    searcher = new AtlasSearcher(fixtures.index);
    app = new ApiServer(searcher).create(ServeCommand.UI).start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + app.port() + "/";
    browser = new Browser();
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) browser.close();
    app.stop();
    searcher.close();
  }

  /** Waits until the page for the current address has rendered (app.js sets main[data-rendered] to the hash). */
  private void waitForPage() {
    browser.wait.until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
        "const m = document.querySelector('#main'); return !!m && m.dataset.rendered === (location.hash || '#');")));
  }

  private List<WebElement> waitForHits() {
    waitForPage();
    return browser.driver.findElements(By.cssSelector(".hits .hit"));
  }

  @Test
  void typingAQueryShowsHighlightedResultsAndFacetsFilter() throws Exception {
    browser.driver.get(base);
    WebElement box = browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("q")));
    box.sendKeys("\"digital cooperation\"", Keys.ENTER);
    browser.wait.until(ExpectedConditions.urlContains("q=%22digital+cooperation%22"));
    List<WebElement> hits = waitForHits();
    assertTrue(hits.size() >= 5, "hits: " + hits.size());
    List<WebElement> marks = browser.driver.findElements(By.cssSelector(".hits .snippet mark"));
    assertFalse(marks.isEmpty());
    assertTrue(marks.stream().allMatch(m -> m.getText().toLowerCase().startsWith("digital")
        || m.getText().toLowerCase().startsWith("cooperation")), "marks are the query's words");
    String summary = browser.driver.findElement(By.cssSelector(".summary")).getText();
    browser.screenshot(SCREENSHOTS.resolve("search.png"));

    // select a year: results narrow, the year facet still offers the other years
    WebElement y2019 = browser.driver.findElement(By.cssSelector("input[data-field='year'][data-value='2019']"));
    y2019.click();
    browser.wait.until(ExpectedConditions.urlContains("filter=year%3A2019"));
    waitForPage();
    assertNotEquals(summary, browser.driver.findElement(By.cssSelector(".summary")).getText());
    for (WebElement year : browser.driver.findElements(By.cssSelector(".hits .hit .year"))) assertEquals("2019", year.getText());
    assertFalse(browser.driver.findElements(By.cssSelector("input[data-field='year'][data-value='2020']")).isEmpty());
    assertEquals(1, browser.driver.findElements(By.cssSelector(".chips .chip")).size());
    assertNull(browser.driver.executeScript("return window.__pwned"), "no payload ran");
    // long facet lists: type-ahead and A-Z
    browser.driver.get(base + "#/search?q=*:*");
    waitForPage();
    // the facet column follows the vocabulary (facets.json's search view, in order, with its labels)
    List<WebElement> sections = browser.driver.findElements(By.cssSelector("section.facet"));
    List<String> rendered = sections.stream().map(sec -> sec.getDomAttribute("data-facet")).toList();
    List<String> expected = org.igfatlas.schema.IndexSchema.FACET_VIEWS.get("search").stream().filter(rendered::contains).toList();
    assertEquals(expected, rendered, "facet sections in the vocabulary's order");
    assertTrue(rendered.size() >= 5, "facets shown: " + rendered);
    for (WebElement sec : sections) {
      assertEquals(org.igfatlas.schema.IndexSchema.facet(sec.getDomAttribute("data-facet")).label(), sec.findElement(By.cssSelector("h2")).getDomProperty("textContent"));
    }
    WebElement longFacet = browser.driver.findElements(By.cssSelector("section.facet")).stream()
        .filter(sec -> !sec.findElements(By.cssSelector(".facet-find")).isEmpty()).findFirst()
        .orElseThrow(() -> new AssertionError("a facet with more than 8 values offers a finder"));
    List<WebElement> items = longFacet.findElements(By.cssSelector("li"));
    String last = items.get(items.size() - 1).findElement(By.cssSelector(".value")).getText();
    assertFalse(items.get(items.size() - 1).isDisplayed(), "values past the eighth start hidden");
    longFacet.findElement(By.cssSelector(".facet-find")).sendKeys(last);
    List<WebElement> visible = longFacet.findElements(By.cssSelector("li")).stream().filter(WebElement::isDisplayed).toList();
    assertFalse(visible.isEmpty());
    for (WebElement v : visible) assertTrue(v.getText().toLowerCase().contains(last.toLowerCase()), v.getText());
    longFacet.findElement(By.cssSelector(".facet-find")).clear();
    longFacet.findElement(By.cssSelector(".az")).click();
    longFacet.findElement(By.cssSelector(".more:not(.az)")).click();
    List<String> labels = longFacet.findElements(By.cssSelector("li .value")).stream().map(WebElement::getText).toList();
    List<String> sorted = new java.util.ArrayList<>(labels);
    sorted.sort(String::compareToIgnoreCase);
    assertEquals(sorted, labels, "A-Z orders the values");
  }

  @Test
  void openingAHitShowsTheDocumentWithTheHitHighlightedAndNavigable() throws Exception {
    browser.driver.get(base + "#/search?q=" + "remote+participation");
    List<WebElement> hits = waitForHits();
    assertFalse(hits.isEmpty());
    hits.get(0).findElement(By.cssSelector("h3 a")).click();
    waitForPage();
    browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".passage.current")));
    WebElement current = browser.driver.findElement(By.cssSelector(".passage.current"));
    assertFalse(current.findElements(By.tagName("mark")).isEmpty(), "the hit is highlighted");
    String pos = browser.driver.findElement(By.cssSelector(".hit-pos")).getText();
    assertTrue(pos.matches("Hit \\d+ of \\d+"), pos);
    int before = Integer.parseInt(current.getAttribute("data-ordinal"));
    browser.driver.findElement(By.cssSelector(".next-hit")).click();
    int after = Integer.parseInt(browser.driver.findElement(By.cssSelector(".passage.current")).getAttribute("data-ordinal"));
    assertNotEquals(before, after, "next hit moves");
    assertFalse(browser.driver.findElement(By.cssSelector(".doc-title")).getText().isBlank());
    String evidence = browser.driver.findElement(By.cssSelector(".evidence")).getText();
    assertTrue(evidence.matches("(?s).*Year 20\\d\\d: tagged because the (title|captioning disclaimer) says “.*"), evidence);
    browser.screenshot(SCREENSHOTS.resolve("document.png"));
  }

  @Test
  void payloadsInDocumentsAndQueriesRenderAsText() throws Exception {
    browser.driver.get(base + "#/search?q=" + java.net.URLEncoder.encode("<img src=x onerror=window.__pwned=9> digital", "UTF-8"));
    waitForHits();
    browser.driver.get(base + "#/search?q=payloads&filter=year%3A2021");
    List<WebElement> hits = waitForHits();
    assertFalse(hits.isEmpty());
    assertTrue(hits.get(0).getText().contains("<script>"), "the payload is shown as text");
    hits.get(0).findElement(By.cssSelector("h3 a")).click();
    browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".passage")));
    assertTrue(browser.driver.findElement(By.cssSelector(".doc-title")).getText().contains("<script>"));
    assertTrue(browser.driver.findElements(By.cssSelector(".passages script, .passages img, .doc-title script")).isEmpty());
    assertNull(browser.driver.executeScript("return window.__pwned"), "no payload ran");
  }

  @Test
  void recommendationsCanBeFilteredByThemeAndActor() throws Exception {
    browser.driver.get(base + "#/recommendations");
    List<WebElement> all = waitForHits();
    assertTrue(all.size() >= 4, "recommendations: " + all.size());
    browser.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[data-field='theme'][data-value='data']"))).click();
    browser.wait.until(ExpectedConditions.urlContains("filter=theme%3Adata"));
    waitForHits();
    browser.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[data-field='actor'][data-value='government']"))).click();
    browser.wait.until(ExpectedConditions.urlContains("filter=actor%3Agovernment"));
    List<WebElement> hits = waitForHits();
    assertFalse(hits.isEmpty());
    for (WebElement h : hits) {
      assertTrue(h.findElement(By.cssSelector(".actors")).getText().contains("Governments"), h.getText());
      assertTrue(h.findElement(By.cssSelector(".themes")).getText().contains("Data"), h.getText());
    }
    assertEquals(2, browser.driver.findElements(By.cssSelector(".chips .chip")).size());
    browser.screenshot(SCREENSHOTS.resolve("recommendations.png"));
    // provenance: the recommendation opens its passage in the reader
    hits.get(0).findElement(By.cssSelector("h3 a")).click();
    browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".passage.current")));
    assertTrue(browser.driver.findElement(By.cssSelector(".passage.current")).getText().contains("Governments need to revise"));
  }

  @Test
  void trendChartWithTwoSeriesAndASplitSurvivesAReload() throws Exception {
    String url = base + "#/trends?term=%22digital+cooperation%22&term=remote&measure=mentions&split=docKind";
    browser.driver.get(url);
    waitForPage();
    assertTrue(browser.driver.findElement(By.cssSelector(".method")).getText().startsWith("mentions"));
    Object series = browser.driver.executeScript("return window.IGF.lastChart.series");
    assertTrue(((Number) series).intValue() >= 3, "two terms split by document kind: " + series);
    assertEquals("\"digital cooperation\"\nremote", browser.driver.findElement(By.name("terms")).getAttribute("value"));
    assertEquals("docKind", browser.driver.findElement(By.name("split")).getAttribute("value"));
    browser.screenshot(SCREENSHOTS.resolve("trends.png"));
    // the table view and a reload of the permalink keep the state
    browser.driver.findElement(By.cssSelector(".toggle-table")).click();
    browser.wait.until(ExpectedConditions.urlContains("view=table"));
    browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".trend-table")));
    String table = browser.driver.findElement(By.cssSelector(".trend-table")).getText();
    browser.driver.navigate().refresh();
    waitForPage();
    browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".trend-table")));
    assertEquals(table, browser.driver.findElement(By.cssSelector(".trend-table")).getText());
    assertTrue(table.contains("transcript"), table);
    browser.driver.navigate().back();
    browser.wait.until(d -> !d.getCurrentUrl().contains("view=table"));
    browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".chart")));
  }

  @Test
  void nriDashboardRanksTopicsAndComparesRegions() throws Exception {
    browser.driver.get(base + "#/nri?year=2021");
    waitForPage();
    assertTrue(browser.driver.findElement(By.cssSelector(".nri-page .summary")).getText().startsWith("2 NRI documents from 2 NRIs"));
    List<WebElement> rows = browser.driver.findElements(By.cssSelector(".nri-table tbody tr"));
    assertEquals("Cybersecurity", rows.get(0).findElement(By.cssSelector("th")).getText());
    assertEquals("100%", rows.get(0).findElements(By.cssSelector("td")).get(1).getText());
    assertFalse(browser.driver.findElements(By.cssSelector(".heat-table")).isEmpty());
    String heat = browser.driver.findElement(By.cssSelector(".heat-table")).getText();
    assertTrue(heat.contains("African Group (1)") && heat.contains("Inter-regional (1)"), heat);
    browser.screenshot(SCREENSHOTS.resolve("nri.png"));
    rows.get(0).findElement(By.cssSelector("th a")).click();
    List<WebElement> hits = waitForHits();
    assertEquals(2, hits.size(), "drill-down to the NRI documents");
  }

  @Test
  void concordanceAndDistinctiveWords() throws Exception {
    browser.driver.get(base + "#/concordance?q=%22digital+cooperation%22&sort=left");
    waitForPage();
    List<WebElement> lines = browser.driver.findElements(By.cssSelector(".kwic tbody tr"));
    assertTrue(lines.size() >= 5);
    for (WebElement l : lines) assertEquals("digital cooperation", l.findElement(By.cssSelector(".match")).getText().toLowerCase());
    browser.screenshot(SCREENSHOTS.resolve("concordance.png"));
    browser.driver.get(base + "#/keywords?filter=year%3A2016");
    waitForPage();
    String words = browser.driver.findElement(By.cssSelector(".keywords tbody")).getText();
    assertTrue(words.contains("remote"), words);
  }

  @Test
  void badQueryExplainsWhatToDoAndThePageHasNoConsoleErrors() {
    browser.driver.get(base + "#/search?q=%22unbalanced");
    WebElement alert = browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error")));
    assertTrue(alert.getText().contains("cannot parse query"), alert.getText());
    browser.driver.get(base + "#/search?q=digital");
    waitForHits();
    List<LogEntry> severe = browser.driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().getName().equals("SEVERE"))
        .filter(e -> !e.getMessage().contains("400 (Bad Request)")).toList();
    assertEquals(List.of(), severe.stream().map(LogEntry::getMessage).toList());
  }
}
