package org.newslens.ingest.extract;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A thread-safe memo of a pure function of short strings (class and id attributes repeat across the
 * pages of a site), emptied when it reaches its size limit so memory stays bounded.
 */
public final class BoundedMemo<V> {
  private final ConcurrentHashMap<String, V> values = new ConcurrentHashMap<>();
  private final Function<String, V> function;
  private final int limit;

  public BoundedMemo(Function<String, V> function, int limit) {
    this.function = function;
    this.limit = limit;
  }

  public V get(String key) {
    V v = values.get(key);
    if (v == null) {
      v = function.apply(key);
      if (values.size() >= limit) {
        values.clear();
      }
      values.put(key, v);
    }
    return v;
  }
}
