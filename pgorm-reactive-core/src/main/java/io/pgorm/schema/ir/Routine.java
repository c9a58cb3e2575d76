package io.pgorm.schema.ir;

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
    @Nullable String comment) {

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
  }
}
