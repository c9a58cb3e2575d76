package io.pgorm.migrate.internal.diff;

import io.pgorm.schema.ir.CheckConstraint;
import io.pgorm.schema.ir.PrimaryKey;
import io.pgorm.schema.ir.Table;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The rename hints of a table's constraints, read or set across every kind of constraint at once:
 * {@link Hints}, {@link HintsCopy} and {@link ReverseHints} differ only in where a hint comes from.
 */
final class ConstraintHints {

  private ConstraintHints() {}

  /** {@code t} with each constraint's {@code renamedFrom} set to {@code hint} of its name. */
  static Table with(Table t, Function<String, @Nullable String> hint) {
    PrimaryKey pk = t.primaryKey();
    return t.withConstraints(
        pk == null ? null : pk.withRenamedFrom(hint.apply(pk.name())),
        t.uniques().stream().map(u -> u.withRenamedFrom(hint.apply(u.name()))).toList(),
        checks(t.checks(), hint),
        t.foreignKeys().stream().map(f -> f.withRenamedFrom(hint.apply(f.name()))).toList(),
        t.exclusions().stream().map(x -> x.withRenamedFrom(hint.apply(x.name()))).toList());
  }

  /** The checks with each {@code renamedFrom} set to {@code hint} of its name. */
  static List<CheckConstraint> checks(
      List<CheckConstraint> checks, Function<String, @Nullable String> hint) {
    return checks.stream().map(c -> c.withRenamedFrom(hint.apply(c.name()))).toList();
  }

  /** The rename hints {@code t}'s constraints carry, by constraint name. */
  static Map<String, String> of(Table t) {
    Map<String, String> out = new HashMap<>();
    PrimaryKey pk = t.primaryKey();
    if (pk != null) {
      put(out, pk.name(), pk.renamedFrom());
    }
    t.uniques().forEach(u -> put(out, u.name(), u.renamedFrom()));
    t.checks().forEach(c -> put(out, c.name(), c.renamedFrom()));
    t.foreignKeys().forEach(f -> put(out, f.name(), f.renamedFrom()));
    t.exclusions().forEach(x -> put(out, x.name(), x.renamedFrom()));
    return out;
  }

  private static void put(Map<String, String> m, String name, @Nullable String from) {
    if (from != null) {
      m.put(name, from);
    }
  }
}
