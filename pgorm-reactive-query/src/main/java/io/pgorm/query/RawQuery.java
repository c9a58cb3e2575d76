package io.pgorm.query;

import io.pgorm.RowMapper;
import io.pgorm.query.expr.QueryNode;
import io.pgorm.query.expr.StatementNode;
import io.pgorm.query.internal.NamedParameters;
import io.pgorm.query.mapping.NamedRecordMapper;
import io.pgorm.query.render.RenderedSql;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The escape hatch: SQL you write, with {@code :name} parameters bound by name (always as
 * parameters, never spliced), rows mapped to a record by column name. Immutable.
 *
 * <pre>{@code
 * RawQuery<Account> q = RawQuery.of(
 *         "SELECT * FROM account WHERE email = :email OR nickname = :email", Account.class)
 *     .bind("email", "ada@example.com");
 * Flux<Account> rows = queries.fetch(q);
 * }</pre>
 *
 * @param <T> the record rows map to
 */
public final class RawQuery<T> implements Fetchable<T> {

  /** The tree of a raw query: only its text, which the renderer does not see. */
  private record RawNode(String sql) implements QueryNode {
    @Override
    public List<io.pgorm.query.expr.Cte> with() {
      return List.of();
    }
  }

  private final NamedParameters parsed;
  private final Map<String, @Nullable Object> values;
  private final RowMapper<T> mapper;

  private RawQuery(
      NamedParameters parsed, Map<String, @Nullable Object> values, RowMapper<T> mapper) {
    this.parsed = parsed;
    this.values = values;
    this.mapper = mapper;
  }

  /** {@code sql} with {@code :name} parameters, rows mapped by column name to {@code type}. */
  public static <T extends Record> RawQuery<T> of(String sql, Class<T> type) {
    return new RawQuery<>(NamedParameters.parse(sql), Map.of(), NamedRecordMapper.of(type));
  }

  /** {@code sql} with {@code :name} parameters, rows mapped by {@code mapper}. */
  public static <T> RawQuery<T> of(String sql, RowMapper<T> mapper) {
    return new RawQuery<>(NamedParameters.parse(sql), Map.of(), mapper);
  }

  /**
   * Binds {@code value} to every {@code :name}.
   *
   * @throws IllegalArgumentException when the SQL has no such parameter
   */
  public RawQuery<T> bind(String name, @Nullable Object value) {
    if (!parsed.names().contains(name)) {
      throw new IllegalArgumentException(
          "no parameter :" + name + " in the SQL; it has " + parsed.names());
    }
    Map<String, @Nullable Object> next = new HashMap<>(values);
    next.put(name, io.pgorm.query.expr.Values.toBind(value, null, Object.class));
    return new RawQuery<>(parsed, next, mapper);
  }

  @Override
  public StatementNode node() {
    return new RawNode(parsed.sql());
  }

  /**
   * The SQL with {@code $n} placeholders and the values in order.
   *
   * @throws IllegalStateException when a parameter is not bound
   */
  @Override
  public RenderedSql toSql() {
    List<@Nullable Object> binds = new ArrayList<>();
    for (String name : parsed.names()) {
      if (!values.containsKey(name)) {
        throw new IllegalStateException("parameter :" + name + " is not bound in: " + parsed.sql());
      }
      binds.add(values.get(name));
    }
    return new RenderedSql(parsed.sql(), binds);
  }

  @Override
  public TableAccess tables() {
    throw new UnsupportedOperationException("the tables of hand-written SQL are not known");
  }

  @Override
  public RowMapper<T> mapper() {
    return mapper;
  }

  @Override
  public String toString() {
    return "RawQuery[" + Objects.requireNonNull(parsed.sql()) + "]";
  }
}
