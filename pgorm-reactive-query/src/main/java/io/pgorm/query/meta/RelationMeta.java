package io.pgorm.query.meta;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A relation between two models, as declared in the schema: declarative data that a query loads
 * includes from; it runs nothing itself. Without {@code through}, a source row relates to the
 * target rows where {@code source.sourceColumns[i] = target.targetColumns[i]} for every {@code i};
 * with {@code through} (many to many), where {@code source.sourceColumns[i] =
 * through.sourceColumns[i]} and {@code through.targetColumns[j] = target.targetColumns[j]}.
 *
 * @param name the relation's name in the schema
 * @param cardinality how many target rows a source row has, and where the key lives
 * @param source the declaring model
 * @param target the related model
 * @param sourceColumns the source's side of the join
 * @param targetColumns the target's side of the join
 * @param through the join table of a many-to-many relation, else {@code null}
 * @param <S> the source record type
 * @param <T> the target record type
 */
public record RelationMeta<S, T>(
    String name,
    Cardinality cardinality,
    TableMeta<S> source,
    TableMeta<T> target,
    List<ColumnMeta<S, ?>> sourceColumns,
    List<ColumnMeta<T, ?>> targetColumns,
    @Nullable Through<?> through) {

  /**
   * Checks that the join columns belong to their tables and pair up, and that exactly the
   * many-to-many relations have a join table.
   *
   * @throws IllegalArgumentException naming the relation and what is wrong
   */
  public RelationMeta {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(cardinality, "cardinality");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    sourceColumns = List.copyOf(sourceColumns);
    targetColumns = List.copyOf(targetColumns);
    String what = "relation " + name + " of " + source.name();
    if (sourceColumns.isEmpty() || targetColumns.isEmpty()) {
      throw new IllegalArgumentException(what + " joins on no columns");
    }
    Columns.requireOwned(what, source, sourceColumns);
    Columns.requireOwned(what, target, targetColumns);
    if ((cardinality == Cardinality.MANY_TO_MANY) != (through != null)) {
      throw new IllegalArgumentException(
          what + " is " + cardinality + ": a join table is needed exactly for MANY_TO_MANY");
    }
    int throughSource = through == null ? targetColumns.size() : through.sourceColumns().size();
    int throughTarget = through == null ? sourceColumns.size() : through.targetColumns().size();
    if (sourceColumns.size() != throughSource || targetColumns.size() != throughTarget) {
      throw new IllegalArgumentException(what + " pairs join columns of different counts");
    }
  }

  /** {@code source.name}, for messages. */
  @Override
  public String toString() {
    return source.name() + "." + name;
  }

  /**
   * The join table of a many-to-many relation: {@code sourceColumns} reference the source, {@code
   * targetColumns} the target.
   *
   * @param table the join table
   * @param sourceColumns the join table's columns that match the relation's source columns
   * @param targetColumns the join table's columns that match the relation's target columns
   * @param <J> the join table's record type
   */
  public record Through<J>(
      TableMeta<J> table,
      List<ColumnMeta<J, ?>> sourceColumns,
      List<ColumnMeta<J, ?>> targetColumns) {

    /**
     * Checks that the columns belong to the join table.
     *
     * @throws IllegalArgumentException naming the offending column
     */
    public Through {
      Objects.requireNonNull(table, "table");
      sourceColumns = List.copyOf(sourceColumns);
      targetColumns = List.copyOf(targetColumns);
      Columns.requireOwned("join table " + table.name(), table, sourceColumns);
      Columns.requireOwned("join table " + table.name(), table, targetColumns);
    }
  }
}
