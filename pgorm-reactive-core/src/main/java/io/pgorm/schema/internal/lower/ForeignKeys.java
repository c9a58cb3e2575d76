package io.pgorm.schema.internal.lower;

import io.pgorm.schema.ir.ForeignKey;
import io.pgorm.schema.ir.QualifiedName;
import java.util.List;

/** Foreign keys from {@code @relation}, {@code @references} and {@code @@foreignKey}. */
final class ForeignKeys {

  /** The arguments every form takes. */
  static final String[] ARGS = {
    "name", "onDelete", "onUpdate", "match", "deferrable", "renamedFrom"
  };

  private ForeignKeys() {}

  static ForeignKey build(
      Args args, List<String> columns, QualifiedName target, List<String> referenced) {
    String explicit = Common.optionalName(args, "name");
    List<String> setColumns = Common.actionColumns(args, "onDelete");
    for (String col : setColumns) {
      if (!columns.contains(col)) {
        args.error(
            java.util.Objects.requireNonNull(args.value("onDelete")),
            "'"
                + col
                + "' after onDelete: is not a column of the foreign key ("
                + String.join(", ", columns)
                + "); PostgreSQL sets only key columns to null or their default");
        setColumns = List.of();
        break;
      }
    }
    return new ForeignKey(
        explicit == null ? "" : explicit,
        columns,
        target,
        referenced,
        Common.action(args, "onDelete"),
        Common.action(args, "onUpdate"),
        Common.match(args),
        Common.deferrability(args),
        null,
        Common.optionalName(args, "renamedFrom"),
        setColumns);
  }

  static Pending<ForeignKey> pending(ForeignKey fk, Args args, Ctx ctx) {
    String explicit = fk.name().isEmpty() ? null : fk.name();
    return new Pending<>(
        fk,
        explicit,
        Names.columnsPart(fk.columns()),
        "fkey",
        args.pos(),
        ctx,
        Renames::foreignKey);
  }
}
