package io.pgorm.migrate.sql;

import static io.pgorm.migrate.sql.SqlText.dotted;
import static io.pgorm.migrate.sql.SqlText.identList;
import static io.pgorm.migrate.sql.SqlText.literal;
import static io.pgorm.migrate.sql.SqlText.qualified;
import static io.pgorm.migrate.sql.SqlText.quoteIdent;

import io.pgorm.migrate.internal.sql.SqlScan;
import io.pgorm.schema.ir.Index;
import io.pgorm.schema.ir.IndexElement;
import io.pgorm.schema.ir.QualifiedName;
import io.pgorm.schema.ir.SortOrder;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Indexes of tables and materialized views. */
public final class IndexDdl {

  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

  private IndexDdl() {}

  /** {@code CREATE [UNIQUE] INDEX name ON relation USING method (...) ...}. */
  public static String createIndex(QualifiedName relation, Index index) {
    return create(relation, index, false);
  }

  /**
   * As {@link #createIndex}, {@code CONCURRENTLY}: it cannot run inside a transaction block, and a
   * failure leaves an invalid index to drop.
   */
  public static String createIndexConcurrently(QualifiedName relation, Index index) {
    return create(relation, index, true);
  }

  private static String create(QualifiedName relation, Index index, boolean concurrently) {
    StringJoiner elements = new StringJoiner(", ", " (", ")");
    index.elements().forEach(e -> elements.add(element(e)));
    StringBuilder b = new StringBuilder("CREATE ");
    if (index.unique()) {
      b.append("UNIQUE ");
    }
    b.append("INDEX ");
    if (concurrently) {
      b.append("CONCURRENTLY ");
    }
    b.append(quoteIdent(index.name()))
        .append(" ON ")
        .append(qualified(relation))
        .append(" USING ")
        .append(quoteIdent(index.method()))
        .append(elements);
    if (!index.include().isEmpty()) {
      b.append(" INCLUDE (").append(identList(index.include())).append(')');
    }
    if (index.nullsNotDistinct()) {
      b.append(" NULLS NOT DISTINCT");
    }
    if (!index.storageParameters().isEmpty()) {
      b.append(" WITH ").append(parameters(index.storageParameters()));
    }
    String where = index.where();
    if (where != null) {
      b.append(" WHERE ").append(SqlScan.parenthesized(where));
    }
    return b.toString();
  }

  /** Drops the index; it lives in its table's schema. */
  public static String dropIndex(String schema, String name) {
    return "DROP INDEX " + quoteIdent(schema) + "." + quoteIdent(name);
  }

  /** {@code DROP INDEX CONCURRENTLY}: outside a transaction block, without blocking writes. */
  public static String dropIndexConcurrently(String schema, String name) {
    return "DROP INDEX CONCURRENTLY " + quoteIdent(schema) + "." + quoteIdent(name);
  }

  static String element(IndexElement e) {
    String column = e.column();
    String expression = e.expression();
    StringBuilder b =
        new StringBuilder(
            column != null ? quoteIdent(column) : SqlScan.parenthesized(expressionOf(expression)));
    String collation = e.collation();
    if (collation != null) {
      b.append(" COLLATE ").append(dotted(collation));
    }
    String opclass = e.opclass();
    if (opclass != null) {
      b.append(' ').append(dotted(opclass));
      if (!e.opclassParameters().isEmpty()) {
        b.append(' ').append(parameters(e.opclassParameters()));
      }
    }
    if (e.order() == SortOrder.DESC) {
      b.append(" DESC");
    }
    switch (e.nulls()) {
      case FIRST -> b.append(" NULLS FIRST");
      case LAST -> b.append(" NULLS LAST");
      case DEFAULT -> {}
    }
    return b.toString();
  }

  private static String expressionOf(@org.jspecify.annotations.Nullable String expression) {
    if (expression == null) {
      throw new IllegalArgumentException("an index element has a column or an expression");
    }
    return expression;
  }

  private static String value(String v) {
    return NUMBER.matcher(v).matches() || quoteIdent(v).equals(v) ? v : literal(v);
  }

  /** {@code (name = value, ...)} in name order; values other than numbers and words quoted. */
  static String parameters(Map<String, String> parameters) {
    StringJoiner j = new StringJoiner(", ", "(", ")");
    new TreeMap<>(parameters).forEach((k, v) -> j.add(parameterName(k) + " = " + value(v)));
    return j.toString();
  }

  /** A storage parameter's name; a table's {@code toast.x} is a namespace and a name. */
  static String parameterName(String name) {
    return name.startsWith("toast.") ? "toast." + quoteIdent(name.substring(6)) : quoteIdent(name);
  }
}
