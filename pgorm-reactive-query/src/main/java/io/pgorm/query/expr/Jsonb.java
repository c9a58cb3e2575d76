package io.pgorm.query.expr;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * {@code jsonb} operators and functions, typed. Keys, paths and documents are bound as parameters.
 *
 * <pre>{@code
 * Jsonb.fieldText(ItemTable.ATTRS, "color").eq("red")         // attrs ->> $1 = $2
 * Jsonb.contains(ItemTable.ATTRS, json("{\"size\": 2}"))        // attrs @> $1::jsonb
 * }</pre>
 */
public final class Jsonb {

  private Jsonb() {}

  private static Param<String> text(String s) {
    return new Param<>(s, new SqlType(null, "text", 0), String.class);
  }

  private static Param<Object> textArray(List<String> path) {
    return new Param<>(path.toArray(new String[0]), new SqlType(null, "text", 1), String[].class);
  }

  private static Param<JsonNode> doc(JsonNode value) {
    return new Param<>(value, new SqlType(null, "jsonb", 0), JsonNode.class);
  }

  private static Expr<JsonNode> json(Shape shape, Expr<?> a, Expr<?> b) {
    return new Op<>(shape, List.of(a, b), JsonNode.class, "jsonb");
  }

  /** {@code doc -> key}: a field, as jsonb. */
  public static Expr<JsonNode> field(Expr<JsonNode> doc, String key) {
    return json(Shape.infix(" -> "), doc, text(key));
  }

  /** {@code doc -> index}: an array element (from 0; negative from the end), as jsonb. */
  public static Expr<JsonNode> element(Expr<JsonNode> doc, int index) {
    return json(Shape.infix(" -> "), doc, Param.of(index));
  }

  /** {@code doc ->> key}: a field, as text. */
  public static Expr<String> fieldText(Expr<JsonNode> doc, String key) {
    return new Op<>(Shape.infix(" ->> "), List.of(doc, text(key)), String.class, "text");
  }

  /** {@code doc #> path}: the value at a path of keys and indexes, as jsonb. */
  public static Expr<JsonNode> path(Expr<JsonNode> doc, List<String> path) {
    return json(Shape.infix(" #> "), doc, textArray(path));
  }

  /** {@code doc #>> path}: the value at a path, as text. */
  public static Expr<String> pathText(Expr<JsonNode> doc, List<String> path) {
    return new Op<>(Shape.infix(" #>> "), List.of(doc, textArray(path)), String.class, "text");
  }

  /** {@code doc @> value}: whether the document contains {@code value}. */
  public static Condition contains(Expr<JsonNode> doc, JsonNode value) {
    return new Pred(Shape.infix(" @> "), List.of(doc, doc(value)));
  }

  /** {@code doc <@ value}: whether {@code value} contains the document. */
  public static Condition containedIn(Expr<JsonNode> doc, JsonNode value) {
    return new Pred(Shape.infix(" <@ "), List.of(doc, doc(value)));
  }

  /** {@code doc ? key}: whether the key is a top-level key (or array string element). */
  public static Condition hasKey(Expr<JsonNode> doc, String key) {
    return new Pred(Shape.infix(" ? "), List.of(doc, text(key)));
  }

  /** {@code doc ?| keys}: whether any of the keys is present. */
  public static Condition hasAnyKey(Expr<JsonNode> doc, List<String> keys) {
    return new Pred(Shape.infix(" ?| "), List.of(doc, textArray(keys)));
  }

  /** {@code doc ?& keys}: whether all the keys are present. */
  public static Condition hasAllKeys(Expr<JsonNode> doc, List<String> keys) {
    return new Pred(Shape.infix(" ?& "), List.of(doc, textArray(keys)));
  }

  /** {@code jsonb_path_exists(doc, path)}: whether the SQL/JSON path yields an item. */
  public static Condition pathExists(Expr<JsonNode> doc, String jsonPath) {
    return Condition.of(
        Functions.call(
            "jsonb_path_exists",
            Boolean.class,
            "boolean",
            doc,
            new Param<>(jsonPath, new SqlType(null, "jsonpath", 0), String.class)));
  }

  /** {@code jsonb_path_query_array(doc, path)}: the items the path yields, as a jsonb array. */
  public static Expr<JsonNode> pathQuery(Expr<JsonNode> doc, String jsonPath) {
    return Functions.call(
        "jsonb_path_query_array",
        JsonNode.class,
        "jsonb",
        doc,
        new Param<>(jsonPath, new SqlType(null, "jsonpath", 0), String.class));
  }

  /** {@code jsonb_set(doc, path, value)}: the document with the value at the path replaced. */
  public static Expr<JsonNode> set(Expr<JsonNode> doc, List<String> path, JsonNode value) {
    return Functions.call("jsonb_set", JsonNode.class, "jsonb", doc, textArray(path), doc(value));
  }

  /** {@code doc - key}: the document without the key. */
  public static Expr<JsonNode> remove(Expr<JsonNode> doc, String key) {
    return json(Shape.infix(" - "), doc, text(key));
  }

  /** {@code a || b}: the documents merged (right wins). */
  public static Expr<JsonNode> concat(Expr<JsonNode> a, JsonNode b) {
    return json(Shape.infix(" || "), a, doc(b));
  }

  /** {@code to_jsonb(value)}. */
  public static Expr<JsonNode> toJsonb(Expr<?> value) {
    return Functions.call("to_jsonb", JsonNode.class, "jsonb", value);
  }

  /** {@code jsonb_typeof(doc)}: object, array, string, number, boolean or null. */
  public static Expr<String> typeOf(Expr<JsonNode> doc) {
    return Functions.call("jsonb_typeof", String.class, "text", doc);
  }
}
