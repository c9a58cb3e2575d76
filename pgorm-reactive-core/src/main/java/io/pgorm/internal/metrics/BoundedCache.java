package io.pgorm.internal.metrics;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A lock-free map that starts over when full. Simpler than an LRU and enough here: an application
 * runs a bounded set of statements, so the map only fills when SQL is built with inlined values,
 * and then starting over costs one re-parse per statement still in use.
 */
final class BoundedCache<K, V> {

  private final int maxEntries;
  private final ConcurrentHashMap<K, V> map = new ConcurrentHashMap<>();

  BoundedCache(int maxEntries) {
    this.maxEntries = maxEntries;
  }

  V get(K key, Function<? super K, ? extends V> compute) {
    V value = map.get(key);
    if (value != null) {
      return value;
    }
    value = compute.apply(key);
    if (map.size() >= maxEntries) {
      map.clear();
    }
    V raced = map.putIfAbsent(key, value);
    return raced != null ? raced : value;
  }

  int size() {
    return map.size();
  }
}
