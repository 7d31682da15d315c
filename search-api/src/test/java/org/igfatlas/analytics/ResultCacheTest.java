package org.igfatlas.analytics;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ResultCacheTest {
  @Test
  void concurrentMissesComputeOnceAndNestedCachesDoNotDeadlock() throws Exception {
    ResultCache<String> outer = new ResultCache<>(16);
    ResultCache<String> inner = new ResultCache<>(16);
    AtomicInteger outerRuns = new AtomicInteger();
    AtomicInteger innerRuns = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<String>> fs = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        String key = "k" + (i % 4);
        fs.add(pool.submit(() -> outer.getOrCompute(key, () -> {
          outerRuns.incrementAndGet();
          java.util.concurrent.locks.LockSupport.parkNanos(20_000_000L);
          // a computation that uses another cache, as trends use the denominators
          return key + "+" + inner.getOrCompute("shared", () -> {
            innerRuns.incrementAndGet();
            return "base";
          });
        })));
      }
      for (Future<String> f : fs) assertTrue(f.get(10, TimeUnit.SECONDS).endsWith("+base"));
    } finally {
      pool.shutdownNow();
    }
    assertEquals(4, outerRuns.get(), "each key computed once");
    assertEquals(1, innerRuns.get());
  }
}
