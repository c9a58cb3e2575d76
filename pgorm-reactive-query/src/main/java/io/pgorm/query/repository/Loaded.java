package io.pgorm.query.repository;

import io.pgorm.query.meta.Cardinality;
import io.pgorm.query.meta.RelationMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A row with the related rows an {@link Include} loaded, each itself a {@code Loaded} carrying its
 * own includes. Immutable once emitted.
 *
 * @param row the row
 * @param relations the loaded relations by name: a {@code List<Loaded<T>>} each
 * @param <R> the row's record type
 */
public record Loaded<R>(R row, Map<String, List<Loaded<?>>> relations) {

  /** Checks for null; keeps the map as given (the loader fills it before emitting). */
  public Loaded {
    Objects.requireNonNull(row, "row");
    Objects.requireNonNull(relations, "relations");
  }

  /**
   * The related rows of a to-many relation (or of any relation, as a list), with their own
   * includes.
   *
   * @throws IllegalStateException when the relation was not included
   */
  @SuppressWarnings("unchecked") // the loader stores targets of the relation's own type
  public <T> List<Loaded<T>> many(RelationMeta<R, T> relation) {
    List<Loaded<?>> list = relations.get(relation.name());
    if (list == null) {
      throw new IllegalStateException(
          "relation "
              + relation
              + " was not included. Hint: load it with Include.of("
              + relation.name()
              + ")");
    }
    return (List<Loaded<T>>) (List<?>) list;
  }

  /**
   * The related row of a to-one relation, with its own includes, or empty.
   *
   * @throws IllegalStateException when the relation was not included or is to-many
   */
  public <T> Optional<Loaded<T>> one(RelationMeta<R, T> relation) {
    if (relation.cardinality() == Cardinality.ONE_TO_MANY
        || relation.cardinality() == Cardinality.MANY_TO_MANY) {
      throw new IllegalStateException(
          "relation " + relation + " is " + relation.cardinality() + ": use many()");
    }
    List<Loaded<T>> list = many(relation);
    return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
  }

  /** The related rows of a relation, as plain records. */
  public <T> List<T> rows(RelationMeta<R, T> relation) {
    List<T> out = new ArrayList<>();
    for (Loaded<T> l : many(relation)) {
      out.add(l.row());
    }
    return out;
  }

  /** The related row of a to-one relation, as a plain record, or empty. */
  public <T> Optional<T> oneRow(RelationMeta<R, T> relation) {
    return one(relation).map(Loaded::row);
  }
}
