package io.pgorm.migrate.internal.diff;

import io.pgorm.schema.ir.Column;
import io.pgorm.schema.ir.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL cannot reorder columns: a column is added at the end, and one dropped and added again
 * moves there. Where the target's order differs from the one a table will have, say so; it is a
 * note, not a change.
 */
final class ColumnOrder {

  private ColumnOrder() {}

  static void notes(Changes changes, List<String> out) {
    for (Obj b : changes.target().objects()) {
      if (!(b.value() instanceof Table target) || target.partitionOf() != null) {
        continue;
      }
      Obj a = changes.source().get(b.key());
      if (a == null || !(a.value() instanceof Table source)) {
        continue;
      }
      Change c = changes.get(b.key());
      if (c != null && c.action() != Action.ALTER) {
        continue;
      }
      List<String> result = new ArrayList<>();
      for (Column x : changes.effectiveSource(source).columns()) {
        ColumnAction ca = c == null ? null : c.columns.get(x.name());
        if (ca != ColumnAction.DROP && ca != ColumnAction.REPLACE) {
          result.add(x.name());
        }
      }
      for (Column y : target.columns()) {
        ColumnAction ca = c == null ? null : c.columns.get(y.name());
        if (ca == ColumnAction.ADD || ca == ColumnAction.REPLACE) {
          result.add(y.name());
        }
      }
      List<String> wanted = target.columns().stream().map(Column::name).toList();
      if (!result.equals(wanted)) {
        out.add(
            "the columns of "
                + target.name()
                + " will be in the order ("
                + String.join(", ", result)
                + "), not ("
                + String.join(", ", wanted)
                + "): PostgreSQL cannot reorder columns without rebuilding the table");
      }
    }
  }
}
