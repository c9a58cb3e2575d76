package io.pgorm.schema.internal.print;

import io.pgorm.schema.internal.SqlShape;
import io.pgorm.schema.internal.lower.Names;
import io.pgorm.schema.ir.ExclusionElement;
import io.pgorm.schema.ir.IndexElement;
import io.pgorm.schema.ir.NullsOrder;
import io.pgorm.schema.ir.SortOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Index, exclusion and partition-key elements. */
final class Elements {

  private Elements() {}

  static String index(List<IndexElement> elements) {
    List<String> out = new ArrayList<>();
    for (IndexElement e : elements) {
      StringBuilder b = new StringBuilder();
      b.append(
          e.column() != null ? Words.ident(e.column()) : SqlText.parenthesized(e.expression()));
      if (e.collation() != null) {
        b.append(" collate ").append(Words.dotted(e.collation()));
      }
      if (e.opclass() != null) {
        b.append(' ').append(Words.dotted(e.opclass()));
        if (!e.opclassParameters().isEmpty()) {
          List<String> params = new ArrayList<>();
          new TreeMap<>(e.opclassParameters())
              .forEach((k, v) -> params.add(Words.ident(k) + " = " + Words.value(v)));
          b.append('(').append(String.join(", ", params)).append(')');
        }
      } else if (!e.opclassParameters().isEmpty()) {
        throw new IllegalArgumentException("operator class parameters without an operator class");
      }
      if (e.order() == SortOrder.DESC) {
        b.append(" desc");
      }
      if (e.nulls() != NullsOrder.DEFAULT) {
        b.append(e.nulls() == NullsOrder.FIRST ? " nulls first" : " nulls last");
      }
      out.add(b.toString());
    }
    return "[" + String.join(", ", out) + "]";
  }

  /** The parts of an index's default name: columns, or the name an expression gets. */
  static List<String> nameParts(List<IndexElement> elements) {
    List<String> out = new ArrayList<>();
    for (IndexElement e : elements) {
      out.add(e.column() != null ? e.column() : Names.expressionName(e.expression()));
    }
    return out;
  }

  static String exclusion(List<ExclusionElement> elements) {
    List<String> out = new ArrayList<>();
    for (ExclusionElement e : elements) {
      String x = e.expression();
      String column = sqlIdent(x);
      StringBuilder b = new StringBuilder();
      if (column != null) {
        b.append(Words.ident(column));
      } else if (SqlShape.isWrapped(x)
          && !SqlShape.looksLikeFunction(x.substring(1, x.length() - 1).strip())) {
        b.append(SqlText.parenthesized(x.substring(1, x.length() - 1).strip()));
      } else {
        b.append(SqlText.parenthesized(x));
      }
      if (e.opclass() != null) {
        b.append(' ').append(Words.dotted(e.opclass()));
      }
      b.append(" with ").append(e.operator());
      out.add(b.toString());
    }
    return "[" + String.join(", ", out) + "]";
  }

  static List<String> exclusionNameParts(List<ExclusionElement> elements) {
    List<String> out = new ArrayList<>();
    for (ExclusionElement e : elements) {
      String column = sqlIdent(e.expression());
      out.add(column != null ? column : Names.expressionName(e.expression()));
    }
    return out;
  }

  /** The name in an SQL identifier ({@code room}, {@code "Room"}), or null for an expression. */
  static @org.jspecify.annotations.Nullable String sqlIdent(String sql) {
    return io.pgorm.schema.Identifiers.nameOf(sql);
  }

  /**
   * A partition key of the IR ({@code at}, {@code (lower(name))}, {@code (region) COLLATE "C"
   * text_ops}) as an element.
   */
  static String partitionKey(String key) {
    if (!key.startsWith("(")) {
      return Words.ident(key);
    }
    int close = closing(key);
    String inner = key.substring(1, close).strip();
    StringBuilder b = new StringBuilder(SqlText.parenthesized(inner));
    String rest = key.substring(close + 1).strip();
    if (rest.regionMatches(true, 0, "COLLATE ", 0, 8)) {
      rest = rest.substring(8).strip();
      int end = nameEnd(rest);
      b.append(" collate ").append(sqlNameToSchema(rest.substring(0, end)));
      rest = rest.substring(end).strip();
    }
    if (!rest.isEmpty()) {
      b.append(' ').append(sqlNameToSchema(rest));
    }
    return b.toString();
  }

  private static int closing(String key) {
    int depth = 0;
    boolean quoted = false;
    char q = 0;
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (quoted) {
        if (c == q) {
          quoted = false;
        }
      } else if (c == '\'' || c == '"') {
        quoted = true;
        q = c;
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    throw new IllegalArgumentException("a partition key expression is not closed: " + key);
  }

  /** The end of a possibly quoted, possibly dotted SQL name at the start of the text. */
  private static int nameEnd(String s) {
    int i = 0;
    while (i < s.length()) {
      if (s.charAt(i) == '"') {
        i = s.indexOf('"', i + 1) + 1;
        if (i == 0) {
          return s.length();
        }
      } else if (Character.isWhitespace(s.charAt(i))) {
        return i;
      } else {
        i++;
      }
    }
    return i;
  }

  /** An SQL name ({@code "C"}, {@code pg_catalog."C"}) in the schema language's quoting. */
  private static String sqlNameToSchema(String sql) {
    List<String> parts = new ArrayList<>();
    int i = 0;
    while (i < sql.length()) {
      int end;
      String part;
      if (sql.charAt(i) == '"') {
        end = i + 1;
        StringBuilder p = new StringBuilder();
        while (end < sql.length()) {
          if (sql.charAt(end) == '"') {
            if (end + 1 < sql.length() && sql.charAt(end + 1) == '"') {
              p.append('"');
              end += 2;
              continue;
            }
            break;
          }
          p.append(sql.charAt(end++));
        }
        part = p.toString();
        end++;
      } else {
        end = sql.indexOf('.', i);
        end = end < 0 ? sql.length() : end;
        part = sql.substring(i, end);
      }
      parts.add(Words.ident(part));
      i = end + 1;
    }
    return String.join(".", parts);
  }

  static Map<String, String> sorted(Map<String, String> m) {
    return new TreeMap<>(m);
  }
}
