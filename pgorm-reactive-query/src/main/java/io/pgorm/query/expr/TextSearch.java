package io.pgorm.query.expr;

import io.pgorm.types.PgTsQuery;
import io.pgorm.types.PgTsVector;
import java.util.List;

/**
 * Full-text search: documents ({@code tsvector}), queries ({@code tsquery}), {@code @@}, ranking
 * and headlines. The text search configuration ({@code english}, {@code simple}) is bound as a
 * {@code regconfig} parameter.
 *
 * <pre>{@code
 * Condition hit = TextSearch.matches(
 *     TextSearch.toTsvector("english", PostTable.BODY),
 *     TextSearch.websearchToTsquery("english", "\"quick fox\" -dog"));
 * }</pre>
 */
public final class TextSearch {

  private TextSearch() {}

  private static Param<String> config(String config) {
    return new Param<>(config, new SqlType(null, "regconfig", 0), String.class);
  }

  /** {@code to_tsvector(config, text)}. */
  public static Expr<PgTsVector> toTsvector(String config, Expr<String> text) {
    return Functions.call("to_tsvector", PgTsVector.class, "tsvector", config(config), text);
  }

  /** {@code to_tsquery(config, query)}: the query in tsquery syntax ({@code fat & (rat | cat)}). */
  public static Expr<PgTsQuery> toTsquery(String config, String query) {
    return Functions.call(
        "to_tsquery", PgTsQuery.class, "tsquery", config(config), Param.of(query));
  }

  /** {@code plainto_tsquery(config, text)}: all the words. */
  public static Expr<PgTsQuery> plainToTsquery(String config, String text) {
    return Functions.call(
        "plainto_tsquery", PgTsQuery.class, "tsquery", config(config), Param.of(text));
  }

  /** {@code websearch_to_tsquery(config, text)}: web search syntax ({@code "a b" or c -d}). */
  public static Expr<PgTsQuery> websearchToTsquery(String config, String text) {
    return Functions.call(
        "websearch_to_tsquery", PgTsQuery.class, "tsquery", config(config), Param.of(text));
  }

  /** {@code document @@ query}. */
  public static Condition matches(Expr<PgTsVector> document, Expr<PgTsQuery> query) {
    return new Pred(Shape.infix(" @@ "), List.of(document, query));
  }

  /** {@code ts_rank(document, query)}: higher for better matches. */
  public static Expr<Float> rank(Expr<PgTsVector> document, Expr<PgTsQuery> query) {
    return Functions.call("ts_rank", Float.class, "real", document, query);
  }

  /** {@code ts_headline(config, text, query)}: the text with matches marked. */
  public static Expr<String> headline(String config, Expr<String> text, Expr<PgTsQuery> query) {
    return Functions.call("ts_headline", String.class, "text", config(config), text, query);
  }
}
