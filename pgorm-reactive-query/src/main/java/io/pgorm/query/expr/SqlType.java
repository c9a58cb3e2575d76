package io.pgorm.query.expr;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A type name checked to be safe to write into SQL: a built-in name ({@code integer}, {@code
 * numeric(10,2)}, {@code timestamp(3) with time zone}), written as given, or a schema-qualified
 * user type ({@code shop.mood}, {@code "Sales"."Mood"}), whose parts the renderer quotes; either
 * with array dimensions ({@code text[]}).
 *
 * @param schema the schema of a user type, as stored (case-sensitive); {@code null} for built-in
 *     names
 * @param name the type's name; for built-in names with their modifiers, e.g. {@code numeric(10,2)}
 * @param dimensions the number of array dimensions, 0 for a scalar
 */
public record SqlType(@Nullable String schema, String name, int dimensions) {

  private static final Pattern BUILT_IN =
      Pattern.compile(
          "[A-Za-z_][A-Za-z0-9_]*( *\\( *\\d+ *(, *\\d+ *)?\\))?( +[A-Za-z][A-Za-z ]*)?");
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");
  private static final Pattern MODIFIERS = Pattern.compile(" *\\([^)]*\\)");

  /** Types whose Java values the driver already sends as the right type: no cast needed. */
  private static final Set<String> SENT_AS_IS =
      Set.of(
          "smallint",
          "int2",
          "integer",
          "int",
          "int4",
          "bigint",
          "int8",
          "text",
          "varchar",
          "character varying",
          "bpchar",
          "char",
          "character",
          "boolean",
          "bool",
          "uuid",
          "numeric",
          "decimal",
          "real",
          "float4",
          "double precision",
          "float8",
          "float",
          "date",
          "timestamp",
          "timestamp without time zone",
          "timestamptz",
          "timestamp with time zone",
          "time",
          "time without time zone",
          "timetz",
          "time with time zone",
          "bytea",
          "jsonb",
          "interval",
          "money",
          "inet",
          "cidr",
          "macaddr",
          "macaddr8",
          "varbit",
          "bit varying",
          "tsvector",
          "tsquery",
          "pg_lsn",
          "hstore",
          "point",
          "line",
          "lseg",
          "box",
          "path",
          "polygon",
          "circle");

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException when a part could not be a type name
   */
  public SqlType {
    Objects.requireNonNull(name, "name");
    if (dimensions < 0) {
      throw new IllegalArgumentException("negative array dimensions: " + dimensions);
    }
    if (schema == null ? !BUILT_IN.matcher(name).matches() : bad(schema) || bad(name)) {
      throw new IllegalArgumentException(
          "not a type name: "
              + (schema == null ? "" : schema + ".")
              + name
              + ". Hint: write a built-in name (integer, numeric(10,2), text[]) or a"
              + " schema-qualified user type (shop.mood)");
    }
  }

  private static boolean bad(String part) {
    return part.isEmpty() || part.indexOf('\0') >= 0;
  }

  /**
   * Reads {@code text}: {@code integer}, {@code varchar(20)[]}, {@code shop.mood}, {@code
   * "Sales"."Mood"[]}.
   *
   * @throws IllegalArgumentException when it is not a type name
   */
  public static SqlType parse(String text) {
    String t = Objects.requireNonNull(text, "type").strip();
    int dims = 0;
    while (t.endsWith("]")) {
      int open = t.lastIndexOf('[');
      if (open < 0 || !t.substring(open + 1, t.length() - 1).strip().matches("\\d*")) {
        return new SqlType(null, text, 0); // fails the check, with the whole text in the message
      }
      t = t.substring(0, open).strip();
      dims++;
    }
    int dot = qualifierEnd(t);
    if (dot < 0) {
      return new SqlType(null, t, dims);
    }
    return new SqlType(part(t.substring(0, dot)), part(t.substring(dot + 1)), dims);
  }

  /** The position of the dot between schema and name, outside quotes; -1 when there is none. */
  private static int qualifierEnd(String t) {
    boolean quoted = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == '.' && !quoted) {
        return i;
      }
    }
    return -1;
  }

  private static String part(String p) {
    String s = p.strip();
    if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
      return s.substring(1, s.length() - 1).replace("\"\"", "\"");
    }
    if (!PLAIN.matcher(s).matches()) {
      return ""; // fails the check
    }
    return s;
  }

  /** This type as an array of one more dimension. */
  public SqlType arrayOf() {
    return new SqlType(schema, name, dimensions + 1);
  }

  /** The element type of an array type; a scalar type itself. */
  public SqlType element() {
    return dimensions == 0 ? this : new SqlType(schema, name, 0);
  }

  /**
   * The type a bound value is cast to, without modifiers that would round or cut it ({@code
   * numeric(10,2)} → {@code numeric}, {@code bit(8)} → {@code bit varying}); {@code null} when the
   * driver sends the Java value as this type already.
   */
  public @Nullable SqlType castForBinding() {
    SqlType n = withoutModifiers();
    return n.schema == null && n.dimensions == 0 && SENT_AS_IS.contains(n.name) ? null : n;
  }

  /**
   * This type without modifiers that would round or cut a value: {@code numeric(10,2)} → {@code
   * numeric}, {@code bit(8)} → {@code bit varying}, {@code char(3)} → {@code bpchar}, {@code
   * interval day to second} → {@code interval}.
   */
  public SqlType withoutModifiers() {
    if (schema != null) {
      return this;
    }
    String base = MODIFIERS.matcher(name).replaceAll("").strip().toLowerCase(Locale.ROOT);
    if (base.startsWith("interval")) {
      base = "interval";
    } else if (base.equals("bit")) {
      base = "bit varying";
    } else if (base.equals("char") || base.equals("character")) {
      base = "bpchar";
    }
    return new SqlType(null, base, dimensions);
  }

  /** The name as written in SQL, with the user type's parts quoted. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    if (schema != null) {
      b.append(quote(schema)).append('.').append(quote(name));
    } else {
      b.append(name);
    }
    b.append("[]".repeat(dimensions));
    return b.toString();
  }

  private static String quote(String s) {
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
