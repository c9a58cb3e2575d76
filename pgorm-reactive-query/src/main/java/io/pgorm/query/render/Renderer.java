package io.pgorm.query.render;

import io.pgorm.query.expr.StatementNode;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns statement trees into SQL and bind values, with no connection. The SQL text is rendered once
 * per query <em>shape</em> — the tree with its bound values left out — and cached under the tree
 * itself (parameters compare equal whatever their values), not under the SQL string; a statement of
 * a known shape costs one walk that collects its values.
 *
 * <p>Thread-safe. The cache holds at most {@code maxShapes} shapes; when full it starts over, which
 * only costs re-rendering.
 */
public final class Renderer {

  private static final Renderer SHARED = new Renderer(2048);

  private record Key(StatementNode node, SchemaMapping schemas) {}

  private final Map<Key, String> cache = new ConcurrentHashMap<>();
  private final int maxShapes;

  /** A renderer caching at most {@code maxShapes} shapes. */
  public Renderer(int maxShapes) {
    if (maxShapes < 0) {
      throw new IllegalArgumentException("maxShapes " + maxShapes + " is negative");
    }
    this.maxShapes = maxShapes;
  }

  /** The renderer shared by every client, caching 2048 shapes. */
  public static Renderer shared() {
    return SHARED;
  }

  /** The SQL and values of {@code node}. */
  public RenderedSql render(StatementNode node) {
    return render(node, SchemaMapping.none());
  }

  /**
   * The SQL and values of {@code node}, with schemas renamed by {@code schemas}.
   *
   * @throws IllegalArgumentException for a tree that cannot be rendered
   * @throws IllegalStateException for an ambiguous column
   */
  public RenderedSql render(StatementNode node, SchemaMapping schemas) {
    Objects.requireNonNull(node, "node");
    Key key = new Key(node, schemas);
    String sql = cache.get(key);
    if (sql == null) {
      Out out = Out.text(schemas);
      Statements.statement(out, node);
      sql = out.text();
      if (cache.size() >= maxShapes) {
        cache.clear();
      }
      if (maxShapes > 0) {
        cache.put(key, sql);
      }
      return new RenderedSql(sql, out.binds());
    }
    Out out = Out.bindsOnly();
    Statements.statement(out, node);
    return new RenderedSql(sql, out.binds());
  }

  /**
   * An expression's SQL, for messages: {@code "item"."attrs" #> $1::text[]}. Columns are qualified
   * by their table's name.
   */
  public static String sqlOf(io.pgorm.query.expr.Expr<?> expr) {
    Out out = Out.text(SchemaMapping.none());
    Exprs.expr(out, expr);
    return out.text();
  }

  /** How many shapes are cached now. */
  public int cachedShapes() {
    return cache.size();
  }
}
