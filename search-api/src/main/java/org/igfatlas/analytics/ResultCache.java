package org.igfatlas.analytics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;

/**
 * An LRU cache of computed analytics results (keys include the index version, so stale entries age out) that
 * computes each missing key once however many requests ask for it at the same time, and lets at most as many
 * computations run at once as there are cores, so a burst of heavy requests queues instead of thrashing.
 */
public final class ResultCache<V> {
  /** Shared by every cache: heavy analytics computations running at once. */
  private static final Semaphore COMPUTING = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()), true);
  /** A computation may use another cache (trends use the denominators): a thread takes one permit, not two. */
  private static final ThreadLocal<Boolean> HOLDING = ThreadLocal.withInitial(() -> false);

  /** A computation that may read the index. */
  @FunctionalInterface
  public interface Computation<V> {
    V compute() throws IOException;
  }

  private final Map<String, V> map;
  private final Map<String, CompletableFuture<V>> inFlight = new HashMap<>();

  public ResultCache(int capacity) {
    this.map = new LinkedHashMap<>(capacity, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, V> e) {
        return size() > capacity;
      }
    };
  }

  synchronized V get(String key) {
    return map.get(key);
  }

  synchronized void put(String key, V value) {
    map.put(key, value);
  }

  /** The cached value of {@code key}, or the result of {@code computation} (run once for concurrent callers). */
  public V getOrCompute(String key, Computation<V> computation) throws IOException {
    CompletableFuture<V> mine;
    CompletableFuture<V> theirs;
    synchronized (this) {
      V v = map.get(key);
      if (v != null) return v;
      theirs = inFlight.get(key);
      mine = theirs == null ? new CompletableFuture<>() : null;
      if (mine != null) inFlight.put(key, mine);
    }
    if (theirs != null) return await(theirs);
    try {
      boolean outer = !HOLDING.get();
      if (outer) {
        COMPUTING.acquireUninterruptibly();
        HOLDING.set(true);
      }
      V v;
      try {
        v = computation.compute();
      } finally {
        if (outer) {
          HOLDING.set(false);
          COMPUTING.release();
        }
      }
      put(key, v);
      mine.complete(v);
      return v;
    } catch (IOException | RuntimeException e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      synchronized (this) {
        inFlight.remove(key);
      }
    }
  }

  private static <V> V await(CompletableFuture<V> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) throw io;
      if (e.getCause() instanceof RuntimeException re) throw re;
      throw new UncheckedIOException(new IOException(e.getCause()));
    }
  }
}
