package io.pgorm.query.internal;

import io.pgorm.RowMapper;
import io.pgorm.query.expr.Expr;
import io.pgorm.query.expr.TableRef;
import io.pgorm.query.meta.ColumnMeta;
import java.util.ArrayList;
import java.util.List;

/** RETURNING lists and their mappers. */
final class Returning {

  private Returning() {}

  static <R> List<Expr<?>> all(TableRef<R> table) {
    List<Expr<?>> items = new ArrayList<>();
    for (ColumnMeta<R, ?> c : table.table().columns()) {
      items.add(table.col(c));
    }
    return items;
  }

  static <R> RowMapper<R> allMapper(TableRef<R> table) {
    return Projections.table(table.table());
  }
}
