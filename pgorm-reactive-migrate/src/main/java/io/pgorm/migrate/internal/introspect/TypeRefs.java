package io.pgorm.migrate.internal.introspect;

import io.pgorm.schema.ir.TypeRef;
import io.r2dbc.spi.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns {@code format_type} output into a {@link TypeRef}: built-in types get the IR's canonical
 * names ({@code varchar}, {@code timestamptz}, ...) and their modifiers; other types their schema,
 * name and modifiers.
 */
final class TypeRefs {

  private static final Map<String, String> CANONICAL =
      Map.of(
          "character varying", "varchar",
          "character", "char",
          "bit varying", "varbit",
          "timestamp without time zone", "timestamp",
          "timestamp with time zone", "timestamptz",
          "time without time zone", "time",
          "time with time zone", "timetz");

  private TypeRefs() {}

  /** Reads the columns that {@link CatalogSql#typeColumns} selected under prefix {@code p}. */
  static TypeRef read(Row row, String p, int declaredDimensions) {
    return of(
        Rows.text(row, p + "_nsp"),
        Rows.text(row, p + "_name"),
        Rows.text(row, p + "_fmt"),
        Rows.bool(row, p + "_arr"),
        declaredDimensions);
  }

  /**
   * @param schema the (element) type's schema
   * @param name its {@code typname}
   * @param formatted {@code format_type(element type, typmod)}
   * @param array whether the type is an array of that element
   * @param declaredDimensions the dimensions declared ({@code attndims}); at least 1 for an array
   */
  static TypeRef of(
      String schema, String name, String formatted, boolean array, int declaredDimensions) {
    int dims = array ? Math.max(1, declaredDimensions) : 0;
    if (!schema.equals("pg_catalog")) {
      List<String> mods = new ArrayList<>();
      if (formatted.endsWith(")")) {
        int open = formatted.lastIndexOf('(');
        mods.addAll(split(formatted.substring(open + 1, formatted.length() - 1)));
      }
      return new TypeRef(schema, name, mods, dims);
    }
    List<String> mods = new ArrayList<>();
    String base = formatted;
    int open = formatted.indexOf('(');
    if (open > 0 && !formatted.startsWith("\"")) {
      int close = formatted.indexOf(')', open);
      mods.addAll(split(formatted.substring(open + 1, close)));
      base = (formatted.substring(0, open) + formatted.substring(close + 1)).strip();
    }
    if (base.startsWith("interval ")) {
      mods.add(0, base.substring("interval ".length()));
      base = "interval";
    }
    return new TypeRef(null, CANONICAL.getOrDefault(base, base), mods, dims);
  }

  private static List<String> split(String modifiers) {
    List<String> out = new ArrayList<>();
    for (String m : modifiers.split(",")) {
      out.add(m.strip());
    }
    return out;
  }
}
