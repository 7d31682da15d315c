package org.igfatlas.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.igfatlas.schema.IndexSchema;
import org.igfatlas.search.AtlasQueryParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The postings fast path counts exactly what Lucene's Matches API counts, per passage. */
class MentionCounterTest {
  private static final List<String> PASSAGES = List.of(
      "Digital cooperation is the theme. Digital cooperation needs all stakeholders, and digital cooperation takes time.",
      "Data protection and the protection of data: data to data flows, data data data.",
      "The Internet of Things and the Internet's governance; the internet of the future.",
      "Community networks connect the unconnected. Networks of communities are community networks too.",
      "Nothing relevant here at all.",
      "Human rights online: human rights, HUMAN RIGHTS, human-rights and rights of humans.");

  @ParameterizedTest
  @ValueSource(strings = {"cooperation", "\"digital cooperation\"", "data", "\"data data\"", "\"data to data\"",
      "\"internet of things\"", "\"the internet\"", "\"community networks\"", "\"human rights\"", "rights",
      "\"rights human\"", "absent", "\"digital absent\"", "data OR networks", "\"human rights\"~2", "digit*"})
  void fastPathAgreesWithTheMatchesApi(String q) throws Exception {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(IndexSchema.analyzer()))) {
        for (String p : PASSAGES) {
          Document d = new Document();
          d.add(new Field(IndexSchema.TEXT, p, IndexSchema.TEXT_WITH_OFFSETS));
          w.addDocument(d);
        }
      }
      try (DirectoryReader r = DirectoryReader.open(dir)) {
        IndexSearcher s = new IndexSearcher(r);
        Query query = new AtlasQueryParser(IndexSchema.analyzer()).parse(q);
        Weight weight = s.createWeight(s.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        MentionCounter counter = MentionCounter.of(s, query);
        List<Long> expected = new ArrayList<>();
        List<Long> actual = new ArrayList<>();
        for (LeafReaderContext leaf : r.leaves()) {
          MentionCounter.Leaf counts = counter.leaf(leaf);
          for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
            expected.add(MentionCounter.countMatches(weight.matches(leaf, doc)));
            actual.add(counts.count(doc));
          }
        }
        assertEquals(expected, actual, q);
        // the cheap candidate query finds every passage the query finds
        java.util.Set<Integer> matched = new java.util.HashSet<>();
        for (var sd : s.search(query, 100).scoreDocs) matched.add(sd.doc);
        java.util.Set<Integer> candidates = new java.util.HashSet<>();
        for (var sd : s.search(counter.candidates(query), 100).scoreDocs) candidates.add(sd.doc);
        org.junit.jupiter.api.Assertions.assertTrue(candidates.containsAll(matched), q + ": " + candidates + " vs " + matched);
      }
    }
  }

  @Test
  void countsTermsAndPhrasesAsReadersWould() throws Exception {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(IndexSchema.analyzer()))) {
        Document d = new Document();
        d.add(new Field(IndexSchema.TEXT, PASSAGES.get(0), IndexSchema.TEXT_WITH_OFFSETS));
        w.addDocument(d);
      }
      try (DirectoryReader r = DirectoryReader.open(dir)) {
        IndexSearcher s = new IndexSearcher(r);
        AtlasQueryParser parser = new AtlasQueryParser(IndexSchema.analyzer());
        assertEquals(3, MentionCounter.of(s, parser.parse("\"digital cooperation\"")).leaf(r.leaves().get(0)).count(0));
        assertEquals(3, MentionCounter.of(s, parser.parse("digital")).leaf(r.leaves().get(0)).count(0));
        assertEquals(1, MentionCounter.of(s, parser.parse("stakeholders")).leaf(r.leaves().get(0)).count(0));
      }
    }
  }
}
