package org.igfatlas.analytics;

import java.util.LinkedHashMap;
import java.util.Map;

/** A small synchronized LRU cache of computed results; keys include the index version, so stale entries age out. */
final class ResultCache<V> {
  private final Map<String, V> map;

  ResultCache(int capacity) {
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
}
