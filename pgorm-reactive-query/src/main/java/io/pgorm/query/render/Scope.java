package io.pgorm.query.render;

import io.pgorm.query.expr.TableRef;
import io.pgorm.query.meta.ColumnMeta;
import io.pgorm.query.meta.TableName;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The tables visible at one query level, and those of the levels around it, for qualifying plain
 * columns: a column of a table that appears once renders as {@code "alias"."column"} (or {@code
 * "table"."column"}); a table that appears twice needs {@code TableRef#col}.
 */
final class Scope {

  private final @Nullable Scope outer;
  private final List<TableRef<?>> tables = new ArrayList<>(2);

  Scope(@Nullable Scope outer) {
    this.outer = outer;
  }

  @Nullable Scope outer() {
    return outer;
  }

  void add(TableRef<?> table) {
    tables.add(table);
  }

  /** The qualifier for a column: the alias or bare table name of the nearest level that has it. */
  String qualifier(ColumnMeta<?, ?> column) {
    return qualifier(column.table(), "column " + column);
  }

  /** The name a table goes by at the nearest level that has it. */
  String qualifier(TableName name, String what) {
    for (Scope s = this; s != null; s = s.outer) {
      TableRef<?> found = null;
      for (TableRef<?> t : s.tables) {
        if (t.table().name().equals(name)) {
          if (found != null) {
            throw new IllegalStateException(
                what
                    + " is ambiguous: table "
                    + name
                    + " appears more than once in FROM. Hint: give each an alias and name the"
                    + " column through it, e.g. TableRef.of(table).as(\"a\").col(column)");
          }
          found = t;
        }
      }
      if (found != null) {
        return found.alias() != null ? found.alias() : name.name();
      }
    }
    return name.name();
  }
}
