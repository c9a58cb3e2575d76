package io.pgorm.migrate.internal.introspect;

import io.pgorm.migrate.internal.sql.SqlScan;
import io.pgorm.schema.ir.ExclusionElement;
import io.pgorm.schema.ir.Index;
import io.pgorm.schema.ir.IndexElement;
import io.pgorm.schema.ir.NullsOrder;
import io.pgorm.schema.ir.SortOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Index rows to IR indexes. Which collations and operator classes an element names is the server's
 * call: {@code pg_get_indexdef} shows them only where they are not the defaults for the key's type,
 * so each element of the definition is read for a {@code COLLATE} and for an operator class after
 * the key; their names come from the catalog.
 */
final class Indexes {

  private static final int DESC = 1;
  private static final int NULLS_FIRST = 2;

  private Indexes() {}

  static Index of(IndexRow row) {
    List<String> shown = elementTexts(row);
    List<IndexElement> elements = new ArrayList<>();
    for (int i = 0; i < row.keyCount(); i++) {
      Shown s = shown(row, shown, i);
      String column = row.columns().get(i);
      int option = i < row.options().size() ? row.options().get(i) : 0;
      boolean desc = (option & DESC) != 0;
      boolean nullsFirst = (option & NULLS_FIRST) != 0;
      NullsOrder nulls =
          desc
              ? (nullsFirst ? NullsOrder.DEFAULT : NullsOrder.LAST)
              : (nullsFirst ? NullsOrder.FIRST : NullsOrder.DEFAULT);
      elements.add(
          new IndexElement(
              column.isEmpty() ? null : column,
              column.isEmpty() ? row.texts().get(i) : null,
              s.collation() ? nonEmpty(row.collations().get(i)) : null,
              s.opclass() ? nonEmpty(row.opclasses().get(i)) : null,
              s.opclass() ? keyValues(row.opclassOptions().get(i)) : Map.of(),
              desc ? SortOrder.DESC : SortOrder.ASC,
              nulls));
    }
    return new Index(
        row.name(),
        row.method(),
        row.unique(),
        row.nullsNotDistinct(),
        elements,
        include(row),
        row.predicate(),
        keyValues(row.storage()),
        row.comment(),
        null);
  }

  /** The elements of an EXCLUDE constraint's index, with the constraint's operators. */
  static List<ExclusionElement> exclusionElements(IndexRow row, List<String> operators) {
    List<String> shown = elementTexts(row);
    List<ExclusionElement> out = new ArrayList<>();
    for (int i = 0; i < row.keyCount(); i++) {
      Shown s = shown(row, shown, i);
      String expression = row.texts().get(i);
      if (s.collation()) {
        expression += " COLLATE " + row.collations().get(i);
      }
      out.add(
          new ExclusionElement(
              expression,
              s.opclass() ? nonEmpty(row.opclasses().get(i)) : null,
              i < operators.size() ? operators.get(i) : "="));
    }
    return out;
  }

  static List<String> include(IndexRow row) {
    return List.copyOf(row.columns().subList(row.keyCount(), row.columns().size()));
  }

  /** What the definition shows after key {@code i}: a collation, an operator class. */
  private record Shown(boolean collation, boolean opclass) {}

  private static Shown shown(IndexRow row, List<String> elements, int i) {
    if (i >= elements.size() || !elements.get(i).startsWith(row.texts().get(i))) {
      return new Shown(false, false);
    }
    String rest = elements.get(i).substring(row.texts().get(i).length()).strip();
    for (String suffix : new String[] {"NULLS FIRST", "NULLS LAST", "DESC", "ASC"}) {
      if (rest.endsWith(suffix)) {
        rest = rest.substring(0, rest.length() - suffix.length()).strip();
      }
    }
    boolean collation = false;
    if (rest.startsWith("COLLATE ")) {
      collation = true;
      SqlScan.Ident name = SqlScan.identAt(rest, "COLLATE ".length());
      int end = name == null ? rest.length() : name.end();
      if (end < rest.length() && rest.charAt(end) == '.') {
        SqlScan.Ident second = SqlScan.identAt(rest, end + 1);
        end = second == null ? rest.length() : second.end();
      }
      rest = rest.substring(end).strip();
    }
    return new Shown(collation, !rest.isEmpty());
  }

  /** The key elements of {@code CREATE INDEX ... USING method (elements) ...}. */
  private static List<String> elementTexts(IndexRow row) {
    String def = row.definition();
    int using = def.indexOf(" USING ");
    int open = using < 0 ? -1 : def.indexOf('(', using);
    int close = open < 0 ? -1 : SqlScan.closing(def, open);
    if (close < 0) {
      return List.of();
    }
    return SqlScan.splitTopLevel(def.substring(open + 1, close), ',');
  }

  /** {@code name=value} strings (reloptions, attoptions) as a map. */
  static Map<String, String> keyValues(List<String> options) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String o : options) {
      int eq = o.indexOf('=');
      if (eq > 0) {
        out.put(o.substring(0, eq), o.substring(eq + 1));
      }
    }
    return out;
  }

  private static Map<String, String> keyValues(String commaSeparated) {
    return commaSeparated.isEmpty() ? Map.of() : keyValues(List.of(commaSeparated.split(",")));
  }

  private static @Nullable String nonEmpty(String s) {
    return s.isEmpty() ? null : s;
  }
}
