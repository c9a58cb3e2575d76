package io.pgorm.query.expr;

import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A function call: {@code name(args)}, and for aggregates and window functions {@code name(DISTINCT
 * args ORDER BY ...) FILTER (WHERE ...) OVER (...)}. Immutable; {@link #distinct()}, {@link
 * #orderBy}, {@link #filter} and {@link #over} return new calls.
 *
 * @param name the function
 * @param args the arguments
 * @param star whether the call is {@code name(*)} ({@code count(*)})
 * @param distinctArgs whether the aggregate is over distinct values
 * @param orderBy the aggregate's ordering ({@code array_agg(x ORDER BY y)})
 * @param filter the aggregate's FILTER, {@link Condition#none()} for none
 * @param over the window, {@code null} for a plain call
 * @param javaType the Java type of the result
 * @param sqlType the SQL type of the result, when known
 * @param <T> the Java type of the result
 */
public record Call<T>(
    FunctionName name,
    List<Expr<?>> args,
    boolean star,
    boolean distinctArgs,
    List<SortField> orderBy,
    Condition filter,
    @Nullable Window over,
    Type javaType,
    @Nullable String sqlType)
    implements Expr<T> {

  /** Checks for null and copies the lists. */
  public Call {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(filter, "filter");
    Objects.requireNonNull(javaType, "javaType");
    args = List.copyOf(args);
    orderBy = List.copyOf(orderBy);
  }

  /** A plain call. */
  public static <T> Call<T> of(
      FunctionName name, Type javaType, @Nullable String sqlType, List<Expr<?>> args) {
    return new Call<>(
        name, args, false, false, List.of(), Condition.none(), null, javaType, sqlType);
  }

  /** {@code name(DISTINCT ...)}. */
  public Call<T> distinct() {
    return new Call<>(name, args, star, true, orderBy, filter, over, javaType, sqlType);
  }

  /** {@code name(args ORDER BY ...)}, for ordered aggregates. */
  public Call<T> orderBy(SortField... order) {
    return new Call<>(
        name, args, star, distinctArgs, Arrays.asList(order), filter, over, javaType, sqlType);
  }

  /** {@code name(args) FILTER (WHERE condition)}. */
  public Call<T> filter(Condition condition) {
    return new Call<>(name, args, star, distinctArgs, orderBy, condition, over, javaType, sqlType);
  }

  /** {@code name(args) OVER (window)}. */
  public Call<T> over(Window window) {
    return new Call<>(
        name,
        args,
        star,
        distinctArgs,
        orderBy,
        filter,
        Objects.requireNonNull(window, "window"),
        javaType,
        sqlType);
  }
}
