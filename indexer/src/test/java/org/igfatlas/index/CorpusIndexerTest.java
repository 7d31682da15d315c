package org.igfatlas.index;

import org.igfatlas.schema.IndexSchema;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.igfatlas.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusIndexerTest {
  @TempDir
  Path dir;

  private final CorpusIndexer indexer = new CorpusIndexer(CorpusIndexer.Options.defaults());

  @Test
  void goodFileIsIndexedAndBadFilesAreReportedByPathWithAReason() throws Exception {
    Path corpus = Files.createDirectory(dir.resolve("corpus"));
    Fixtures.copy(Fixtures.TRANSCRIPTS.get(0), corpus);
    byte[] pdf = Files.readAllBytes(Fixtures.pdf(Fixtures.text(Fixtures.REPORTS.get(0)), dir.resolve("ok.pdf")));
    Files.write(corpus.resolve("corrupt.pdf"), java.util.Arrays.copyOf(pdf, pdf.length / 2));
    Files.createFile(corpus.resolve("empty.txt"));
    byte[] noise = new byte[2048];
    new Random(7).nextBytes(noise);
    Files.write(corpus.resolve("random.docx"), noise);

    ByteArrayOutputStream log = new ByteArrayOutputStream();
    IndexSummary s = indexer.index(List.of(corpus), dir.resolve("index"), new PrintStream(log, true, StandardCharsets.UTF_8));
    assertEquals(4, s.files());
    assertEquals(1, s.indexed(), s.failures().toString());
    assertEquals(3, s.failures().size(), s.failures().toString());
    assertFalse(s.nothingIndexed());
    List<String> failed = s.failures().stream().map(p -> Path.of(p.path()).getFileName().toString()).toList();
    assertEquals(List.of("corrupt.pdf", "empty.txt", "random.docx"), failed);
    s.failures().forEach(p -> assertFalse(p.reason().isBlank()));
    assertEquals("empty file (0 bytes)", s.failures().get(1).reason());
    assertTrue(log.toString(StandardCharsets.UTF_8).contains("corrupt.pdf"));
    assertEquals(1, s.documentsInIndex());
    assertEquals(s.passages(), s.passagesInIndex());
  }

  @Test
  void reindexingReplacesInsteadOfDuplicatingAndSkipsUnchangedFiles() throws Exception {
    Path corpus = Files.createDirectory(dir.resolve("corpus"));
    Path file = Fixtures.copy(Fixtures.TRANSCRIPTS.get(1), corpus);
    Path index = dir.resolve("index");
    IndexSummary first = indexer.index(List.of(corpus), index, null);
    assertEquals(1, first.indexed());

    IndexSummary again = indexer.index(List.of(file), index, null);
    assertEquals(0, again.indexed());
    assertEquals(1, again.unchanged(), "same content, same pipeline: skipped");

    Files.writeString(file, Files.readString(file) + "\n>> PALOMA QUIROGA: One more remark about hubs.\n");
    IndexSummary changed = indexer.index(List.of(corpus), index, null);
    assertEquals(1, changed.indexed());
    assertEquals(1, changed.documentsInIndex());
    assertEquals(first.passagesInIndex() + 1, changed.passagesInIndex());

    IndexSummary forced = new CorpusIndexer(CorpusIndexer.Options.defaults().withForce(true)).index(List.of(corpus), index, null);
    assertEquals(1, forced.indexed());
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(index))) {
      String docId = CorpusIndexer.docId("corpus/" + file.getFileName()); // the collection name: folder and path below it
      IndexSearcher searcher = new IndexSearcher(r);
      org.apache.lucene.search.Query passagesOfDoc = new org.apache.lucene.search.BooleanQuery.Builder()
          .add(new TermQuery(new Term(IndexSchema.DOC_ID, docId)), org.apache.lucene.search.BooleanClause.Occur.FILTER)
          .add(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_PASSAGE)), org.apache.lucene.search.BooleanClause.Occur.FILTER).build();
      assertEquals(changed.passagesInIndex(), searcher.count(passagesOfDoc), "forced re-index replaced, not duplicated");
      assertEquals(1, searcher.count(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_DOCUMENT))));
    }
  }

  @Test
  void sidecarsHiddenFilesAndReadmesAreNotDocuments() throws Exception {
    Path corpus = Files.createDirectory(dir.resolve("corpus"));
    Path doc = Fixtures.copy(Fixtures.REPORTS.get(0), corpus);
    Files.writeString(corpus.resolve(doc.getFileName() + ".meta.json"), "{\"year\": 2020, \"docKind\": \"session_report\"}");
    Files.writeString(corpus.resolve(".hidden.txt"), "not a document");
    Files.writeString(corpus.resolve("README.md"), "# How to add documents");
    IndexSummary s = indexer.index(List.of(corpus), dir.resolve("index"), null);
    assertEquals(1, s.files());
    assertEquals(1, s.indexed(), s.failures().toString());
  }

  @Test
  void emptyFolderIndexesNothing() throws Exception {
    IndexSummary s = indexer.index(List.of(Files.createDirectory(dir.resolve("none"))), dir.resolve("index"), null);
    assertTrue(s.nothingIndexed());
    assertEquals(0, s.files());
  }

  @Test
  void preamblesAndShortNoticesAreFlaggedBoilerplateAndEveryTextHasAKey() throws Exception {
    Path corpus = Files.createDirectory(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("ws12.txt"), """
        IGF 2023 Day 1 WS #12 Open Data in Cities

        The following is the output of the real-time captioning taken during the session. Although it is largely accurate, in some cases it may be incomplete or inaccurate due to inaudible passages or transmission errors. It is posted as an aid, but should not be treated as an authoritative record.

        >> TOMAS VELLANI: Cities publish bus timetables as open data, and startups build on them within weeks.

        >> INGRID HAVLU: This website uses cookies. Accept all cookies.

        >> TOMAS VELLANI: Open data also needs a licence that says what anyone may do with it, and a budget for keeping it current.
        """);
    indexer.index(List.of(corpus), dir.resolve("index"), null);
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(dir.resolve("index")))) {
      IndexSearcher s = new IndexSearcher(r);
      TermQuery passages = new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_PASSAGE));
      int total = s.count(passages);
      var flagged = s.search(new TermQuery(new Term(IndexSchema.BOILERPLATE, "1")), 10);
      assertEquals(2, flagged.totalHits.value(), "the captioning preamble and the cookie notice");
      for (var sd : flagged.scoreDocs) {
        String text = s.storedFields().document(sd.doc).get(IndexSchema.TEXT);
        assertTrue(text.contains("captioning") || text.contains("cookies"), text);
      }
      assertTrue(total > 2);
      // every passage has a text key; the document lists the distinct keys of its passages
      var doc = s.storedFields().document(s.search(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_DOCUMENT)), 1).scoreDocs[0].doc);
      assertNotNull(doc);
      String key = TextKey.of("Cities publish bus timetables as open data, and startups build on them within weeks.");
      assertEquals(1, s.count(new TermQuery(new Term(IndexSchema.DOC_TEXT_KEYS, key))));
    }
  }

  @Test
  void aSessionPagesPeopleListGivesStakeholderAndRegionalGroupFacetsNotOrganisations() throws Exception {
    Path corpus = Files.createDirectory(dir.resolve("pages"));
    Files.writeString(corpus.resolve("ws77.txt"), """
        IGF 2023 WS #77 Data Trusts for Cities

        Speaker 1: Ilse Marrow, Private Sector, Eastern European Group
        Speaker 2: Noor Halvorsen, Civil Society, African Group

        Cities are testing data trusts to share mobility data with researchers under public oversight.
        """);
    indexer.index(List.of(corpus), dir.resolve("index"), null);
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(dir.resolve("index")))) {
      IndexSearcher s = new IndexSearcher(r);
      var config = IndexSchema.facetsConfig();
      var african = new org.apache.lucene.facet.DrillDownQuery(config, new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_DOCUMENT)));
      african.add(IndexSchema.REGIONAL_GROUP, "African Group");
      assertEquals(1, s.count(african));
      var civil = new org.apache.lucene.facet.DrillDownQuery(config, new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_PASSAGE)));
      civil.add(IndexSchema.STAKEHOLDER, "civil_society");
      assertEquals(1, s.count(civil), "the passage holding the list");
      var asOrg = new org.apache.lucene.facet.DrillDownQuery(config, new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_DOCUMENT)));
      asOrg.add(IndexSchema.ORGANIZATION, "Civil Society");
      assertEquals(0, s.count(asOrg), "a stakeholder group is no organisation");
    }
  }

  @Test
  void textKeysIgnoreCaseAndPunctuationButNotWords() {
    assertEquals(TextKey.of("Governments SHOULD act!"), TextKey.of("governments should  act"));
    assertNotEquals(TextKey.of("Governments should act"), TextKey.of("Governments must act"));
    assertNull(TextKey.of(" -- "));
  }

  @Test
  void tokenCountCountsWords() {
    assertEquals(6, TextStats.countTokens("The IGF's 2020 meeting — online, mostly."));
  }

  @Test
  void nlpAnnotationsAreCachedSoAnUnchangedCorpusIsNotAnnotatedAgain() throws Exception {
    Path corpus = Files.createDirectory(dir.resolve("corpus"));
    Fixtures.copy(Fixtures.TRANSCRIPTS.get(0), corpus);
    Fixtures.copy(Fixtures.REPORTS.get(0), corpus);
    IndexSummary first = indexer.index(List.of(corpus), dir.resolve("index"), null);
    assertEquals(2, first.nlpCacheMisses());
    assertTrue(first.nlpTokens() > 500, "tokens " + first.nlpTokens());
    // a new index of the same files (or --force) reuses the annotations
    IndexSummary second = new CorpusIndexer(CorpusIndexer.Options.defaults().withForce(true)).index(List.of(corpus), dir.resolve("index"), null);
    assertEquals(2, second.nlpCacheHits());
    assertEquals(0, second.nlpCacheMisses());
    assertEquals(first.passagesInIndex(), second.passagesInIndex());
    // another NLP mode is another pipeline: files are re-processed, not skipped
    IndexSummary off = new CorpusIndexer(CorpusIndexer.Options.defaults().withNlp(org.igfatlas.nlp.NlpMode.OFF)).index(List.of(corpus), dir.resolve("index"), null);
    assertEquals(2, off.indexed());
  }

  @Test
  void anIndexOfAnotherSchemaVersionIsRecreatedNotAppendedTo() throws Exception {
    Path index = dir.resolve("index");
    // an index as an older version wrote it: another schema number, and a field this version indexes differently
    try (org.apache.lucene.index.IndexWriter w = new org.apache.lucene.index.IndexWriter(FSDirectory.open(index),
        new org.apache.lucene.index.IndexWriterConfig())) {
      org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
      d.add(new org.apache.lucene.document.StoredField(IndexSchema.PASSAGE_KIND, "turn"));
      d.add(new org.apache.lucene.document.StringField(IndexSchema.KIND, IndexSchema.KIND_DOCUMENT, org.apache.lucene.document.Field.Store.YES));
      w.addDocument(d);
      w.setLiveCommitData(java.util.Map.of("schema", "1").entrySet());
      w.commit();
    }
    assertEquals("1", AtlasIndexWriter.schemaVersion(index));
    assertFalse(AtlasIndexWriter.isCurrent(index));
    Path corpus = Files.createDirectory(dir.resolve("corpus"));
    Fixtures.copy(Fixtures.TRANSCRIPTS.get(1), corpus);
    IndexSummary s = indexer.index(List.of(corpus), index, null);
    assertEquals(List.of(), s.failures(), "no field-consistency failures against the old documents");
    assertEquals(1, s.documentsInIndex(), "the old entry is gone");
    assertTrue(AtlasIndexWriter.isCurrent(index));
  }

  @Test
  void eachFacetDimensionHasItsOwnDocValuesFieldSoSearchesCountOnlyWhatTheyAskFor() throws Exception {
    Path corpus = Files.createDirectory(dir.resolve("corpus"));
    Fixtures.copy(Fixtures.TRANSCRIPTS.get(1), corpus);
    Path index = dir.resolve("index");
    indexer.index(List.of(corpus), index, null);
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(index))) {
      var infos = org.apache.lucene.index.FieldInfos.getMergedFieldInfos(r);
      assertNull(infos.fieldInfo(org.apache.lucene.facet.FacetsConfig.DEFAULT_INDEX_FIELD_NAME), "no shared $facets field");
      for (String dim : List.of(IndexSchema.YEAR, IndexSchema.DOC_KIND, IndexSchema.SESSION_TYPE, IndexSchema.SPEAKER)) {
        var fi = infos.fieldInfo(IndexSchema.facetField(dim));
        assertNotNull(fi, dim);
        assertEquals(org.apache.lucene.index.DocValuesType.SORTED_SET, fi.getDocValuesType(), dim);
        // the field holds this dimension's values only
        var dv = org.apache.lucene.index.MultiDocValues.getSortedSetValues(r, IndexSchema.facetField(dim));
        for (long ord = 0; ord < dv.getValueCount(); ord++) {
          assertTrue(dv.lookupOrd(ord).utf8ToString().startsWith(dim + org.apache.lucene.facet.FacetsConfig.DELIM_CHAR), dim);
        }
      }
      // drill-down terms live in the same per-dimension field
      assertEquals(r.numDocs(), new IndexSearcher(r).count(new TermQuery(new Term(IndexSchema.facetField(IndexSchema.YEAR),
          org.apache.lucene.facet.FacetsConfig.pathToString(IndexSchema.YEAR, new String[] {"2016"})))) , "every entry of the 2016 transcript");
    }
  }

  @Test
  void aFirstBuildEndsAsOneSegmentWhileASmallUpdateIsNotMerged() throws Exception {
    Path corpus = Files.createDirectory(dir.resolve("corpus"));
    Fixtures.copy(Fixtures.TRANSCRIPTS.get(0), corpus);
    Fixtures.copy(Fixtures.TRANSCRIPTS.get(1), corpus);
    Path report = Fixtures.copy(Fixtures.REPORTS.get(0), corpus);
    Path index = dir.resolve("index");
    CorpusIndexer small = new CorpusIndexer(CorpusIndexer.Options.defaults().withCommitEvery(1)); // a segment per file
    IndexSummary first = small.index(List.of(corpus), index, null);
    assertEquals(3, first.indexed());
    assertTrue(first.merged());
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(index))) {
      assertEquals(1, r.leaves().size(), "merged after the first build");
    }
    Files.writeString(report, Files.readString(report) + "\n");
    IndexSummary update = small.index(List.of(corpus), index, null);
    assertEquals(1, update.indexed());
    assertFalse(update.merged(), "one file of three: not worth rewriting the index");
    Files.writeString(report, Files.readString(report) + "\n");
    Files.writeString(corpus.resolve("again.txt"), Fixtures.text(Fixtures.TRANSCRIPTS.get(0)) + "\n>> MODERATOR: One more closing remark.\n"); // not a mirror: other content
    IndexSummary last = small.index(List.of(corpus), index, null);
    assertTrue(last.merged(), "two files of four: " + last);
  }
}
