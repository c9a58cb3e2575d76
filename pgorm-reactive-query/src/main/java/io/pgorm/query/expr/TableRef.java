package io.pgorm.query.expr;

import io.pgorm.query.meta.ColumnMeta;
import io.pgorm.query.meta.TableMeta;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A table in FROM, JOIN, UPDATE, DELETE or INSERT, optionally under an alias. Columns of an aliased
 * table are named through it: {@code a.col(AccountTable.ID)}, needed when a table appears twice (a
 * self-join).
 *
 * @param table the table
 * @param alias its alias, or {@code null}
 * @param <R> the table's record type
 */
public record TableRef<R>(TableMeta<R> table, @Nullable String alias) implements FromItem {

  /** Checks the alias. */
  public TableRef {
    Objects.requireNonNull(table, "table");
    if (alias != null) {
      Identifiers.check("table alias", alias);
    }
  }

  /**
   * Equal when naming the same metamodel instance (generated {@code TABLE} constants are
   * singletons) under the same alias: hashing a {@code TableMeta} would walk all its columns, on
   * every query, for the shape cache.
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof TableRef<?> t && t.table == table && Objects.equals(t.alias, alias);
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(table) * 31 + Objects.hashCode(alias);
  }

  /** The table without alias. */
  public static <R> TableRef<R> of(TableMeta<R> table) {
    return new TableRef<>(table, null);
  }

  /** The same table under {@code alias}. */
  public TableRef<R> as(String alias) {
    return new TableRef<>(table, alias);
  }

  /**
   * The column qualified by this reference: {@code "alias"."column"}, or as a plain column when
   * there is no alias.
   */
  public <T> Expr<T> col(ColumnMeta<R, T> column) {
    if (!table.columns().contains(column)) {
      throw new IllegalArgumentException(
          "column " + column + " is not a column of table " + table.name());
    }
    if (alias == null) {
      return column;
    }
    return new ColumnRef<>(alias, column.name(), column.javaType(), column.sqlType());
  }
}
