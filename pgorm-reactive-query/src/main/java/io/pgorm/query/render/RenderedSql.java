package io.pgorm.query.render;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A statement rendered: its SQL text with {@code $1, $2, ...} placeholders and the values to bind
 * to them, in order.
 *
 * @param sql the SQL text
 * @param binds the value of {@code $i+1} at index {@code i}; {@code null} for NULL
 */
public record RenderedSql(String sql, List<@Nullable Object> binds) {

  /** Keeps the list as given, unmodifiable. */
  public RenderedSql {
    Objects.requireNonNull(sql, "sql");
    binds = Collections.unmodifiableList(binds);
  }

  @Override
  public String toString() {
    return sql + " " + binds;
  }
}
