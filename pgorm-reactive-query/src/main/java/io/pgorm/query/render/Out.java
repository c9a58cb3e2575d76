package io.pgorm.query.render;

import io.pgorm.query.expr.Param;
import io.pgorm.query.expr.TableRef;
import io.pgorm.query.meta.ColumnMeta;
import io.pgorm.query.meta.TableName;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Where a walk over the tree goes: SQL text and bind values, or bind values only. Both walks run
 * the same code, so the values always line up with the placeholders of the cached text.
 */
final class Out {

  private final @Nullable StringBuilder sql;
  private final List<@Nullable Object> binds = new ArrayList<>();
  private final UnaryOperator<TableName> tables;
  private @Nullable Scope scope;
  // In the ORDER BY of a UNION only output column names are allowed.
  private boolean outputNames;

  private Out(@Nullable StringBuilder sql, UnaryOperator<TableName> tables) {
    this.sql = sql;
    this.tables = tables;
  }

  static Out text(UnaryOperator<TableName> tables) {
    return new Out(new StringBuilder(128), tables);
  }

  static Out bindsOnly() {
    return new Out(null, UnaryOperator.identity());
  }

  boolean isText() {
    return sql != null;
  }

  Out sql(String text) {
    if (sql != null) {
      sql.append(text);
    }
    return this;
  }

  Out sql(char c) {
    if (sql != null) {
      sql.append(c);
    }
    return this;
  }

  /** A quoted identifier: {@code "name"}, with embedded quotes doubled. */
  Out ident(String name) {
    if (sql != null) {
      Quoting.ident(sql, name);
    }
    return this;
  }

  /** A table name, schema-qualified and quoted, after the schema hook. */
  Out table(TableName name) {
    if (sql != null) {
      TableName mapped = tables.apply(name);
      Quoting.ident(sql, mapped.schema());
      sql.append('.');
      Quoting.ident(sql, mapped.name());
    }
    return this;
  }

  Out param(Param<?> p) {
    binds.add(p.value());
    if (sql != null) {
      sql.append('$').append(binds.size());
      if (p.cast() != null) {
        sql.append("::").append(p.cast());
      }
    }
    return this;
  }

  /** A plain column, qualified through the scopes. */
  Out column(ColumnMeta<?, ?> column) {
    if (sql != null) {
      if (!outputNames) {
        Quoting.ident(sql, scope == null ? column.table().name() : scope.qualifier(column));
        sql.append('.');
      }
      Quoting.ident(sql, column.name());
    }
    return this;
  }

  /** Sets whether plain columns render as bare output names; returns the previous setting. */
  boolean outputNames(boolean on) {
    boolean was = outputNames;
    outputNames = on;
    return was;
  }

  /** A table in {@code FOR UPDATE OF}: its alias, or bare name. */
  Out lockTarget(TableName name) {
    if (sql != null) {
      Quoting.ident(sql, scope == null ? name.name() : scope.qualifier(name, "table " + name));
    }
    return this;
  }

  void enter() {
    scope = new Scope(scope);
  }

  void addTable(TableRef<?> table) {
    if (scope != null) {
      scope.add(table);
    }
  }

  void leave() {
    if (scope != null) {
      scope = scope.outer();
    }
  }

  String text() {
    return sql == null ? "" : sql.toString();
  }

  List<@Nullable Object> binds() {
    return binds;
  }
}
