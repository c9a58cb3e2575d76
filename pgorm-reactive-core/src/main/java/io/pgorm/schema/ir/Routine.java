package io.pgorm.schema.ir;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A function or procedure. {@code returns} is {@code null} for procedures; {@code settings} are its
 * {@code SET name = value} clauses (e.g. {@code search_path}); {@code body} is the source between
 * the dollar quotes, as written. A SQL-standard body ({@code LANGUAGE sql} with {@code BEGIN ATOMIC
 * ... END} or {@code RETURN expression}) is kept as is, without quotes: a body that starts with
 * {@code BEGIN ATOMIC} or {@code RETURN} is one.
 *
 * <p>{@code leakproof}, {@code cost} and {@code rows} are the planner hints of a function. {@code
 * cost} and {@code rows} are {@code null} for PostgreSQL's defaults, and a value equal to the
 * default is stored as {@code null} (cost 1 for C and internal functions, 100 for others; rows 1000
 * for a set-returning function), so that a schema file that spells out a default and a database
 * that reports it compare equal.
 */
public record Routine(
    QualifiedName name,
    RoutineKind kind,
    List<RoutineArg> arguments,
    @Nullable RoutineReturn returns,
    String language,
    Volatility volatility,
    boolean strict,
    boolean securityDefiner,
    ParallelSafety parallel,
    Map<String, String> settings,
    String body,
    @Nullable String comment,
    boolean leakproof,
    @Nullable BigDecimal cost,
    @Nullable BigDecimal rows) {

  private static final BigDecimal DEFAULT_ROWS = BigDecimal.valueOf(1000);

  public Routine {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    arguments = List.copyOf(arguments);
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(volatility, "volatility");
    Objects.requireNonNull(parallel, "parallel");
    settings = Map.copyOf(settings);
    Objects.requireNonNull(body, "body");
    if ((kind == RoutineKind.PROCEDURE) != (returns == null)) {
      throw new IllegalArgumentException(
          "a function has a return type and a procedure has none: " + name);
    }
    cost =
        cost == null || cost.compareTo(defaultCost(language)) == 0
            ? null
            : cost.stripTrailingZeros();
    rows = rows == null || rows.compareTo(DEFAULT_ROWS) == 0 ? null : rows.stripTrailingZeros();
    if (kind == RoutineKind.PROCEDURE && (leakproof || cost != null || rows != null)) {
      throw new IllegalArgumentException("a procedure has no leakproof, cost or rows: " + name);
    }
    if (rows != null && (returns == null || !returns.returnsSet())) {
      throw new IllegalArgumentException(
          "rows applies only to a function that returns a set: " + name);
    }
  }

  /** A routine without planner hints: not leakproof, default cost and rows. */
  public Routine(
      QualifiedName name,
      RoutineKind kind,
      List<RoutineArg> arguments,
      @Nullable RoutineReturn returns,
      String language,
      Volatility volatility,
      boolean strict,
      boolean securityDefiner,
      ParallelSafety parallel,
      Map<String, String> settings,
      String body,
      @Nullable String comment) {
    this(
        name,
        kind,
        arguments,
        returns,
        language,
        volatility,
        strict,
        securityDefiner,
        parallel,
        settings,
        body,
        comment,
        false,
        null,
        null);
  }

  /** PostgreSQL's estimated cost per call when none is given: 1 for C and internal, else 100. */
  public static BigDecimal defaultCost(String language) {
    return language.equals("c") || language.equals("internal")
        ? BigDecimal.ONE
        : BigDecimal.valueOf(100);
  }

  /** The same routine with another comment. */
  public Routine withComment(@Nullable String value) {
    return new Routine(
        name,
        kind,
        arguments,
        returns,
        language,
        volatility,
        strict,
        securityDefiner,
        parallel,
        settings,
        body,
        value,
        leakproof,
        cost,
        rows);
  }
}
