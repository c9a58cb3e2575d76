package io.pgorm.schema.internal.lower;

import io.pgorm.schema.Identifiers;
import io.pgorm.schema.internal.ast.Arg;
import io.pgorm.schema.internal.ast.IndexElement;
import io.pgorm.schema.internal.ast.QName;
import io.pgorm.schema.internal.ast.Value;
import io.pgorm.schema.ir.ExclusionElement;
import io.pgorm.schema.ir.NullsOrder;
import io.pgorm.schema.ir.SortOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Index, exclusion and partition-key elements. */
final class Elements {

  private Elements() {}

  /** The elements of a list argument, or null after an error. */
  static @Nullable List<IndexElement> of(Args args, @Nullable Value v, String what) {
    if (v == null) {
      return null;
    }
    if (!(v instanceof Value.ListOf l)) {
      return args.wrong(v, what, "a [list] of columns or (expressions)");
    }
    List<IndexElement> out = new ArrayList<>();
    for (Value item : l.items()) {
      if (item instanceof Value.Element e) {
        out.add(e.element());
      }
    }
    if (out.isEmpty()) {
      args.wrong(v, what, "at least one column or (expression)");
      return null;
    }
    return out;
  }

  static io.pgorm.schema.ir.@Nullable IndexElement index(Args args, IndexElement e, Ctx ctx) {
    if (e.operator() != null) {
      ctx.error(
          e.pos(), "'with " + e.operator() + "' belongs in @@exclude, not in " + args.display());
      return null;
    }
    Map<String, String> params = new LinkedHashMap<>();
    for (Arg p : e.opclassParams()) {
      String text = Common.text(args, p.value(), "an operator class parameter");
      String key = p.name() == null ? "" : p.name().text();
      if (text != null && params.put(key, text) != null) {
        ctx.error(p.pos(), "operator class parameter '" + key + "' is given twice");
      }
    }
    return new io.pgorm.schema.ir.IndexElement(
        e.column() == null ? null : e.column().text(),
        e.expression(),
        dotted(e.collation()),
        dotted(e.opclass()),
        params,
        "desc".equals(e.order()) ? SortOrder.DESC : SortOrder.ASC,
        e.nulls() == null
            ? NullsOrder.DEFAULT
            : e.nulls().equals("first") ? NullsOrder.FIRST : NullsOrder.LAST);
  }

  static @Nullable ExclusionElement exclusion(IndexElement e, Ctx ctx) {
    if (e.operator() == null) {
      ctx.error(e.pos(), "each element of @@exclude needs 'with <operator>', as in [room with =]");
      return null;
    }
    if (e.collation() != null
        || e.order() != null
        || e.nulls() != null
        || !e.opclassParams().isEmpty()) {
      ctx.error(
          e.pos(),
          "an element of @@exclude takes a column or (expression), an operator class and 'with"
              + " <operator>'; collate, asc/desc, nulls and operator class parameters are not supported there");
      return null;
    }
    return new ExclusionElement(sqlOf(e), dotted(e.opclass()), e.operator());
  }

  /**
   * A partition key as the IR keeps it: a bare column name, or SQL text that starts with a
   * parenthesis, followed by a collation and an operator class where given.
   */
  static @Nullable String partitionKey(IndexElement e, Ctx ctx) {
    if (e.order() != null
        || e.nulls() != null
        || e.operator() != null
        || !e.opclassParams().isEmpty()) {
      ctx.error(
          e.pos(),
          "a partition key is a column or (expression) with an optional collation and operator"
              + " class; asc/desc, nulls, 'with' and operator class parameters do not apply");
      return null;
    }
    if (e.column() != null && e.collation() == null && e.opclass() == null) {
      return e.column().text();
    }
    String key =
        e.column() != null
            ? "(" + Identifiers.quote(e.column().text()) + ")"
            : Sql.wrap(e.expression());
    if (e.collation() != null) {
      key += " COLLATE " + sqlName(e.collation());
    }
    if (e.opclass() != null) {
      key += " " + sqlName(e.opclass());
    }
    return key;
  }

  /** A column as an SQL identifier, an expression in parentheses. */
  private static String sqlOf(IndexElement e) {
    return e.column() != null ? Identifiers.quote(e.column().text()) : Sql.element(e.expression());
  }

  static @Nullable String dotted(@Nullable QName q) {
    return q == null ? null : q.toString();
  }

  static String sqlName(QName q) {
    StringBuilder out = new StringBuilder();
    for (var part : q.parts()) {
      if (out.length() > 0) {
        out.append('.');
      }
      out.append(Identifiers.quote(part.text()));
    }
    return out.toString();
  }

  /** The names of the columns an element list mentions, for default names. */
  static List<String> nameParts(List<IndexElement> elements) {
    List<String> out = new ArrayList<>();
    for (IndexElement e : elements) {
      out.add(
          e.column() != null
              ? e.column().text()
              : Names.expressionName(e.expression() == null ? "" : e.expression()));
    }
    return out;
  }
}
