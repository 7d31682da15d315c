package org.igfatlas.search;

import static org.igfatlas.schema.IndexSchema.DOC_ID;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/** The {@code n} best-scoring passages of each document among the hits, by document id (best first). */
final class BestPassages implements CollectorManager<BestPassages.PerLeaf, Map<String, List<ScoreDoc>>> {
  private final int n;

  BestPassages(int n) {
    this.n = n;
  }

  final class PerLeaf extends SimpleCollector {
    final Map<String, List<ScoreDoc>> best = new HashMap<>();
    private final Map<Integer, String> names = new HashMap<>();
    private SortedDocValues docIds;
    private Scorable scorer;
    private int base;

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      docIds = DocValues.getSorted(context.reader(), DOC_ID);
      base = context.docBase;
      names.clear();
    }

    @Override
    public void setScorer(Scorable scorer) {
      this.scorer = scorer;
    }

    @Override
    public void collect(int doc) throws IOException {
      if (!docIds.advanceExact(doc)) return;
      int ord = docIds.ordValue();
      String id = names.get(ord);
      if (id == null) {
        id = docIds.lookupOrd(ord).utf8ToString();
        names.put(ord, id);
      }
      add(best, id, new ScoreDoc(base + doc, scorer.score()));
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE;
    }
  }

  private void add(Map<String, List<ScoreDoc>> best, String id, ScoreDoc sd) {
    List<ScoreDoc> l = best.computeIfAbsent(id, x -> new ArrayList<>(n + 1));
    l.add(sd);
    l.sort((a, b) -> a.score != b.score ? Float.compare(b.score, a.score) : Integer.compare(a.doc, b.doc));
    if (l.size() > n) l.remove(n);
  }

  @Override
  public PerLeaf newCollector() {
    return new PerLeaf();
  }

  @Override
  public Map<String, List<ScoreDoc>> reduce(Collection<PerLeaf> collectors) {
    Map<String, List<ScoreDoc>> out = new HashMap<>();
    for (PerLeaf c : collectors) c.best.forEach((id, l) -> l.forEach(sd -> add(out, id, sd)));
    return out;
  }
}
