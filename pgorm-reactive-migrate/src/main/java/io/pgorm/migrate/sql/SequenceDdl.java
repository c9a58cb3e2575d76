package io.pgorm.migrate.sql;

import static io.pgorm.migrate.sql.SqlText.qualified;
import static io.pgorm.migrate.sql.SqlText.quoteIdent;
import static io.pgorm.migrate.sql.SqlText.typeName;

import io.pgorm.schema.ir.QualifiedName;
import io.pgorm.schema.ir.Sequence;
import io.pgorm.schema.ir.SequenceOptions;
import io.pgorm.schema.ir.TypeRef;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Standalone sequences (identity and serial sequences come with their column). */
public final class SequenceDdl {

  private SequenceDdl() {}

  /** {@code CREATE SEQUENCE}, without {@code OWNED BY} (see {@link #ownedBy}). */
  public static String createSequence(Sequence sequence) {
    TypeRef type = sequence.type();
    return "CREATE SEQUENCE "
        + qualified(sequence.name())
        + (type == null ? "" : " AS " + typeName(type))
        + options(sequence.options());
  }

  /**
   * {@code ALTER SEQUENCE ... OWNED BY table.column}, or {@code null} when no column owns it. Run
   * it once the table exists; the table is in the sequence's schema, as PostgreSQL requires.
   */
  public static @Nullable String ownedBy(Sequence sequence) {
    String owner = sequence.ownedBy();
    if (owner == null) {
      return null;
    }
    int dot = owner.indexOf('.');
    if (dot < 0) {
      throw new IllegalArgumentException(
          "Sequence "
              + sequence.name()
              + " has ownedBy \""
              + owner
              + "\", which is not table.column. Hint: name the owning column as table.column.");
    }
    return "ALTER SEQUENCE "
        + qualified(sequence.name())
        + " OWNED BY "
        + quoteIdent(sequence.name().schema())
        + "."
        + quoteIdent(owner.substring(0, dot))
        + "."
        + quoteIdent(owner.substring(dot + 1));
  }

  /** {@code ALTER SEQUENCE ... OWNED BY NONE}: the sequence no longer goes with a column. */
  public static String ownedByNone(QualifiedName sequence) {
    return "ALTER SEQUENCE " + qualified(sequence) + " OWNED BY NONE";
  }

  /**
   * {@code ALTER SEQUENCE name [AS type] option ...} turning {@code from}'s type and options into
   * {@code to}'s (the name, ownership and comment are not looked at); {@code null} when they are
   * the same. Options are compared by their effective values, so a default that moves with the type
   * or the direction is set too. The current value is left alone.
   */
  public static @Nullable String alterSequence(Sequence from, Sequence to) {
    TypeRef fromType = from.type() == null ? BIGINT : from.type();
    TypeRef toType = to.type() == null ? BIGINT : to.type();
    List<String> changes = optionChanges(from.options(), fromType, to.options(), toType);
    boolean retyped = !fromType.equals(toType);
    if (!retyped && changes.isEmpty()) {
      return null;
    }
    StringBuilder b = new StringBuilder("ALTER SEQUENCE ").append(qualified(to.name()));
    if (retyped) {
      b.append(" AS ").append(typeName(toType));
    }
    changes.forEach(c -> b.append(' ').append(c));
    return b.toString();
  }

  /**
   * The options whose effective value differs between {@code from} (of type {@code fromType}) and
   * {@code to} (of {@code toType}), as clauses of {@code ALTER SEQUENCE} ({@code INCREMENT BY 2},
   * {@code NO MINVALUE}, {@code START WITH 5}, {@code NO CYCLE}, ...), in a fixed order.
   */
  static List<String> optionChanges(
      SequenceOptions from, TypeRef fromType, SequenceOptions to, TypeRef toType) {
    Effective a = Effective.of(from, fromType);
    Effective b = Effective.of(to, toType);
    List<String> out = new ArrayList<>();
    if (a.increment != b.increment) {
      out.add("INCREMENT BY " + b.increment);
    }
    if (a.min != b.min) {
      out.add(to.minValue() == null ? "NO MINVALUE" : "MINVALUE " + b.min);
    }
    if (a.max != b.max) {
      out.add(to.maxValue() == null ? "NO MAXVALUE" : "MAXVALUE " + b.max);
    }
    if (a.start != b.start) {
      out.add("START WITH " + b.start);
    }
    if (a.cache != b.cache) {
      out.add("CACHE " + b.cache);
    }
    if (a.cycle != b.cycle) {
      out.add(b.cycle ? "CYCLE" : "NO CYCLE");
    }
    return out;
  }

  /**
   * A statement that moves the sequence's current value into the range {@code to} allows, for
   * running before the {@code ALTER} that narrows the range (which fails while the value is outside
   * it); {@code null} when the range does not narrow. The value only ever moves towards the range,
   * so no number is handed out twice. {@code sequence} is SQL for its {@code regclass}, e.g. {@code
   * pg_get_serial_sequence('app.t', 'id')} for an identity column.
   */
  public static @Nullable String moveIntoRange(
      String sequence, SequenceOptions from, TypeRef fromType, SequenceOptions to, TypeRef toType) {
    Effective a = Effective.of(from, fromType);
    Effective b = Effective.of(to, toType);
    if (b.min <= a.min && b.max >= a.max) {
      return null;
    }
    return "DO $pgorm$ DECLARE s regclass := "
        + sequence
        + "; v bigint; BEGIN EXECUTE 'SELECT last_value FROM ' || s INTO v;"
        + " IF v < "
        + b.min
        + " THEN PERFORM setval(s, "
        + b.min
        + ", false); ELSIF v > "
        + b.max
        + " THEN PERFORM setval(s, "
        + b.max
        + ", false); END IF; END $pgorm$";
  }

  private static final TypeRef BIGINT = TypeRef.builtin("bigint");

  /** Options with PostgreSQL's defaults filled in for the type and direction. */
  private record Effective(
      long increment, long min, long max, long start, long cache, boolean cycle) {

    static Effective of(SequenceOptions o, TypeRef type) {
      long typeMin;
      long typeMax;
      switch (type.name()) {
        case "smallint" -> {
          typeMin = Short.MIN_VALUE;
          typeMax = Short.MAX_VALUE;
        }
        case "integer" -> {
          typeMin = Integer.MIN_VALUE;
          typeMax = Integer.MAX_VALUE;
        }
        default -> {
          typeMin = Long.MIN_VALUE;
          typeMax = Long.MAX_VALUE;
        }
      }
      long increment = o.increment() == null ? 1 : o.increment();
      boolean up = increment > 0;
      long min = o.minValue() != null ? o.minValue() : up ? 1 : typeMin;
      long max = o.maxValue() != null ? o.maxValue() : up ? typeMax : -1;
      long start = o.start() != null ? o.start() : up ? min : max;
      return new Effective(
          increment, min, max, start, o.cache() == null ? 1 : o.cache(), o.cycle());
    }
  }

  /** {@code DROP SEQUENCE}. */
  public static String dropSequence(QualifiedName name) {
    return "DROP SEQUENCE " + qualified(name);
  }

  /** The options that are set, each with a leading space; empty when all are defaults. */
  static String options(SequenceOptions o) {
    StringBuilder b = new StringBuilder();
    if (o.increment() != null) {
      b.append(" INCREMENT BY ").append(o.increment());
    }
    if (o.minValue() != null) {
      b.append(" MINVALUE ").append(o.minValue());
    }
    if (o.maxValue() != null) {
      b.append(" MAXVALUE ").append(o.maxValue());
    }
    if (o.start() != null) {
      b.append(" START WITH ").append(o.start());
    }
    if (o.cache() != null) {
      b.append(" CACHE ").append(o.cache());
    }
    if (o.cycle()) {
      b.append(" CYCLE");
    }
    return b.toString();
  }
}
