package io.pgorm.query.repository;

import io.pgorm.query.meta.RelationMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which relations to load with rows of {@code S}, nested as deep as needed:
 *
 * <pre>{@code
 * Include<Account> include =
 *     Include.of(AccountTable.Relations.POSTS, Include.of(PostTable.Relations.COMMENTS))
 *         .and(AccountTable.Relations.PROFILE);
 * }</pre>
 *
 * Each relation costs one {@code = ANY($1)} statement per batch of parent rows (the query client's
 * {@code maxBatch}, 1000 by default), however many parents: never one per parent. Immutable.
 *
 * @param branches the relations and what to load under each
 * @param <S> the record type the relations start from
 */
public record Include<S>(List<Branch<S, ?>> branches) {

  /**
   * One relation and the includes of its target rows.
   *
   * @param relation the relation
   * @param nested what to load with the target rows
   * @param <S> the source record type
   * @param <T> the target record type
   */
  public record Branch<S, T>(RelationMeta<S, T> relation, Include<T> nested) {

    /** Checks for null. */
    public Branch {
      Objects.requireNonNull(relation, "relation");
      Objects.requireNonNull(nested, "nested");
    }
  }

  /** Copies the list. */
  public Include {
    branches = List.copyOf(branches);
  }

  /** Nothing to load. */
  public static <S> Include<S> none() {
    return new Include<>(List.of());
  }

  /** Loads {@code relation}. */
  public static <S, T> Include<S> of(RelationMeta<S, T> relation) {
    return of(relation, none());
  }

  /** Loads {@code relation}, and {@code nested} with its rows. */
  public static <S, T> Include<S> of(RelationMeta<S, T> relation, Include<T> nested) {
    return new Include<>(List.of(new Branch<>(relation, nested)));
  }

  /** This and {@code relation}. */
  public <T> Include<S> and(RelationMeta<S, T> relation) {
    return and(relation, none());
  }

  /** This and {@code relation} with {@code nested}. */
  public <T> Include<S> and(RelationMeta<S, T> relation, Include<T> nested) {
    List<Branch<S, ?>> all = new ArrayList<>(branches);
    all.add(new Branch<>(relation, nested));
    return new Include<>(all);
  }
}
