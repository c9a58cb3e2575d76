package io.pgorm.schema.gen;

import java.util.Set;
import java.util.TreeSet;

/** The constructs one generated schema holds, for jqwik's statistics. */
public final class Features {

  private final Set<String> seen = new TreeSet<>();

  void add(String feature) {
    seen.add(feature);
  }

  public Set<String> all() {
    return seen;
  }
}
