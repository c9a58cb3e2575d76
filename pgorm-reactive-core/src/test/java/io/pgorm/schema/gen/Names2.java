package io.pgorm.schema.gen;

import io.pgorm.schema.internal.lower.Names;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Unique names: per schema one namespace for relations, types, constraints and indexes (as lowering
 * checks them); per table one for fields. Constraint names are PostgreSQL's default when it is free
 * and a coin says so, else explicit.
 */
final class Names2 {

  private final Random r;
  private final Features f;
  private final Map<String, Set<String>> schemas = new HashMap<>();

  Names2(Random r, Features f) {
    this.r = r;
    this.f = f;
  }

  Set<String> used(String schema) {
    return schemas.computeIfAbsent(schema, s -> new HashSet<>());
  }

  String relation(String schema, String prefix) {
    return Pools.name(r, prefix, used(schema));
  }

  String field(TB t, String prefix) {
    String n = Pools.name(r, prefix, t.fieldNames);
    if (Pools.reservedStyle(n)) {
      f.add("name that needs quoting");
    }
    return n;
  }

  String constraint(String schema, String table, String middle, String label) {
    String base = Names.make(table, middle, label);
    Set<String> used = used(schema);
    if (r.nextBoolean() && used.add(base)) {
      f.add("default constraint name");
      return base;
    }
    f.add("explicit constraint name");
    return Pools.name(r, "k", used);
  }
}
