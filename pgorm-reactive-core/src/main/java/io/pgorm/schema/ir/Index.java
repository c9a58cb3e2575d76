package io.pgorm.schema.ir;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An index on a table or materialized view. {@code method} is the access method ({@code btree},
 * {@code hash}, {@code gist}, {@code spgist}, {@code gin}, {@code brin}, or an extension's such as
 * {@code hnsw}); {@code where} makes it partial; {@code storageParameters} are its {@code WITH}
 * options.
 */
public record Index(
    String name,
    String method,
    boolean unique,
    boolean nullsNotDistinct,
    List<IndexElement> elements,
    List<String> include,
    @Nullable String where,
    Map<String, String> storageParameters,
    @Nullable String comment,
    @Nullable String renamedFrom) {

  public Index {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(method, "method");
    elements = List.copyOf(elements);
    include = List.copyOf(include);
    storageParameters = Map.copyOf(storageParameters);
  }

  /** This index with another rename hint. */
  public Index withRenamedFrom(@Nullable String renamedFrom) {
    return new Index(
        name,
        method,
        unique,
        nullsNotDistinct,
        elements,
        include,
        where,
        storageParameters,
        comment,
        renamedFrom);
  }
}
