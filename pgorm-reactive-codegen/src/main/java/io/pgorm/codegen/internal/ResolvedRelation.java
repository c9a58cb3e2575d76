package io.pgorm.codegen.internal;

import io.pgorm.schema.ir.Relation;
import io.pgorm.schema.ir.Table;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A relation with its join columns found: {@code source.sourceColumns[i] =
 * target.targetColumns[i]}, or through a join table {@code source.sourceColumns[i] =
 * through.throughSource[i]} and {@code through.throughTarget[j] = target.targetColumns[j]}.
 */
record ResolvedRelation(
    Relation relation,
    Table source,
    Table target,
    List<String> sourceColumns,
    List<String> targetColumns,
    @Nullable Table through,
    List<String> throughSource,
    List<String> throughTarget) {

  static ResolvedRelation direct(
      Relation relation,
      Table source,
      Table target,
      List<String> sourceCols,
      List<String> targetCols) {
    return new ResolvedRelation(
        relation, source, target, sourceCols, targetCols, null, List.of(), List.of());
  }
}
