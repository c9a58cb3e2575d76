package io.pgorm.migrate.sql;

import static io.pgorm.migrate.sql.SqlText.qualified;
import static io.pgorm.migrate.sql.SqlText.quoteIdent;
import static io.pgorm.migrate.sql.SqlText.typeName;

import io.pgorm.schema.ir.QualifiedName;
import io.pgorm.schema.ir.Sequence;
import io.pgorm.schema.ir.SequenceOptions;
import io.pgorm.schema.ir.TypeRef;
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
