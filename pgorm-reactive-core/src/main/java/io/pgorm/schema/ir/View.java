package io.pgorm.schema.ir;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A view or materialized view; {@code query} is its SELECT as SQL text, {@code options} its {@code
 * WITH} options ({@code security_barrier}, {@code check_option}, ...), {@code indexes} those of a
 * materialized view, {@code triggers} those of a (plain) view, such as {@code INSTEAD OF} triggers.
 * {@code columns} are the view's columns with their types as the schema file declares them, for
 * code generation (PostgreSQL derives them from the query; empty when the file lists none).
 *
 * <p>{@code withNoData} creates a materialized view empty ({@code WITH NO DATA}); whether it is
 * filled later is the state of the data, not of the schema: {@code REFRESH MATERIALIZED VIEW} fills
 * it, and the migration engine never compares it, so the flag only matters when the view is
 * created.
 */
public record View(
    QualifiedName name,
    String query,
    boolean materialized,
    Map<String, String> options,
    List<Index> indexes,
    @Nullable String comment,
    @Nullable String javaName,
    @Nullable String renamedFrom,
    List<Trigger> triggers,
    List<Attribute> columns,
    boolean withNoData) {

  public View {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(query, "query");
    options = Map.copyOf(options);
    indexes = List.copyOf(indexes);
    if (!materialized && !indexes.isEmpty()) {
      throw new IllegalArgumentException("only a materialized view has indexes: " + name);
    }
    triggers = List.copyOf(triggers);
    if (materialized && !triggers.isEmpty()) {
      throw new IllegalArgumentException("a materialized view has no triggers: " + name);
    }
    columns = List.copyOf(columns);
    if (withNoData && !materialized) {
      throw new IllegalArgumentException(
          "only a materialized view is created WITH NO DATA: " + name);
    }
  }

  /** A view filled when created (a materialized view {@code WITH DATA}, the default). */
  public View(
      QualifiedName name,
      String query,
      boolean materialized,
      Map<String, String> options,
      List<Index> indexes,
      @Nullable String comment,
      @Nullable String javaName,
      @Nullable String renamedFrom,
      List<Trigger> triggers,
      List<Attribute> columns) {
    this(
        name,
        query,
        materialized,
        options,
        indexes,
        comment,
        javaName,
        renamedFrom,
        triggers,
        columns,
        false);
  }

  /** A view without declared columns. */
  public View(
      QualifiedName name,
      String query,
      boolean materialized,
      Map<String, String> options,
      List<Index> indexes,
      @Nullable String comment,
      @Nullable String javaName,
      @Nullable String renamedFrom,
      List<Trigger> triggers) {
    this(
        name,
        query,
        materialized,
        options,
        indexes,
        comment,
        javaName,
        renamedFrom,
        triggers,
        List.of(),
        false);
  }

  /** A view without triggers. */
  public View(
      QualifiedName name,
      String query,
      boolean materialized,
      Map<String, String> options,
      List<Index> indexes,
      @Nullable String comment,
      @Nullable String javaName,
      @Nullable String renamedFrom) {
    this(
        name,
        query,
        materialized,
        options,
        indexes,
        comment,
        javaName,
        renamedFrom,
        List.of(),
        List.of(),
        false);
  }

  /** This view with other schema-file hints (Java name, rename). */
  public View withHints(@Nullable String javaName, @Nullable String renamedFrom) {
    return new View(
        name,
        query,
        materialized,
        options,
        indexes,
        comment,
        javaName,
        renamedFrom,
        triggers,
        columns,
        withNoData);
  }

  /** This view with other indexes. */
  public View withIndexes(List<Index> indexes) {
    return new View(
        name,
        query,
        materialized,
        options,
        indexes,
        comment,
        javaName,
        renamedFrom,
        triggers,
        columns,
        withNoData);
  }

  /** This view with other declared columns. */
  public View withColumns(List<Attribute> columns) {
    return new View(
        name,
        query,
        materialized,
        options,
        indexes,
        comment,
        javaName,
        renamedFrom,
        triggers,
        columns,
        withNoData);
  }
}
