package io.pgorm.schema.internal.lower;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The type names the language knows without a declaration: PostgreSQL's built-in types with their
 * aliases, the serial shorthands, the pseudo-types of function signatures and the types of common
 * extensions. Canonical names match {@code io.pgorm.types}.
 */
final class TypeCatalog {

  /** What modifiers a type takes. */
  enum Modifiers {
    NONE,
    /** numeric(p) or numeric(p, s). */
    NUMERIC,
    /** varchar(n), char(n), bit(n), varbit(n). */
    LENGTH,
    /** time(p), timestamp(p): 0 to 6. */
    PRECISION,
    /** interval fields and (p). */
    INTERVAL,
    /** vector(n): one positive number. */
    DIMENSION,
    /** geometry(Point, 4326): one or two, names or numbers. */
    ANY
  }

  /** A known type. */
  record Known(String canonical, Modifiers modifiers, @Nullable String extension) {}

  private static final Map<String, Known> BY_NAME = new HashMap<>();
  private static final Map<String, String> SERIALS =
      Map.of(
          "smallserial", "smallint",
          "serial2", "smallint",
          "serial", "integer",
          "serial4", "integer",
          "bigserial", "bigint",
          "serial8", "bigint");
  private static final Set<String> PSEUDO =
      Set.of(
          "void",
          "trigger",
          "event_trigger",
          "record",
          "cstring",
          "internal",
          "anyelement",
          "anyarray",
          "anynonarray",
          "anyenum",
          "anyrange",
          "anymultirange",
          "anycompatible",
          "anycompatiblearray",
          "anycompatiblenonarray",
          "anycompatiblerange",
          "anycompatiblemultirange");

  static {
    add("smallint", Modifiers.NONE, "int2");
    add("integer", Modifiers.NONE, "int", "int4");
    add("bigint", Modifiers.NONE, "int8");
    add("numeric", Modifiers.NUMERIC, "decimal");
    add("real", Modifiers.NONE, "float4");
    add("double precision", Modifiers.NONE, "float8", "float");
    add("money", Modifiers.NONE);
    add("text", Modifiers.NONE);
    add("varchar", Modifiers.LENGTH, "character varying", "char varying");
    add("char", Modifiers.LENGTH, "character", "bpchar");
    add("bytea", Modifiers.NONE);
    add("boolean", Modifiers.NONE, "bool");
    add("date", Modifiers.NONE);
    add("time", Modifiers.PRECISION, "time without time zone");
    add("timetz", Modifiers.PRECISION, "time with time zone");
    add("timestamp", Modifiers.PRECISION, "timestamp without time zone");
    add("timestamptz", Modifiers.PRECISION, "timestamp with time zone");
    add("interval", Modifiers.INTERVAL);
    add("bit", Modifiers.LENGTH);
    add("varbit", Modifiers.LENGTH, "bit varying");
    for (String t :
        List.of(
            "uuid",
            "json",
            "jsonb",
            "jsonpath",
            "xml",
            "inet",
            "cidr",
            "macaddr",
            "macaddr8",
            "tsvector",
            "tsquery",
            "int4range",
            "int8range",
            "numrange",
            "tsrange",
            "tstzrange",
            "daterange",
            "int4multirange",
            "int8multirange",
            "nummultirange",
            "tsmultirange",
            "tstzmultirange",
            "datemultirange",
            "point",
            "line",
            "lseg",
            "box",
            "path",
            "polygon",
            "circle",
            "pg_lsn",
            "pg_snapshot",
            "txid_snapshot",
            "oid",
            "regclass",
            "regtype",
            "regproc",
            "regprocedure",
            "regoper",
            "regoperator",
            "regrole",
            "regnamespace",
            "regconfig",
            "regdictionary",
            "regcollation",
            "xid",
            "xid8",
            "cid",
            "tid",
            "name")) {
      add(t, Modifiers.NONE);
    }
    ext("citext", "citext", Modifiers.NONE);
    ext("hstore", "hstore", Modifiers.NONE);
    ext("ltree", "ltree", Modifiers.NONE);
    ext("lquery", "ltree", Modifiers.NONE);
    ext("ltxtquery", "ltree", Modifiers.NONE);
    ext("cube", "cube", Modifiers.NONE);
    ext("geometry", "postgis", Modifiers.ANY);
    ext("geography", "postgis", Modifiers.ANY);
    ext("box2d", "postgis", Modifiers.NONE);
    ext("box3d", "postgis", Modifiers.NONE);
    ext("vector", "vector", Modifiers.DIMENSION);
    ext("halfvec", "vector", Modifiers.DIMENSION);
    ext("sparsevec", "vector", Modifiers.DIMENSION);
  }

  private TypeCatalog() {}

  private static void add(String canonical, Modifiers modifiers, String... aliases) {
    Known k = new Known(canonical, modifiers, null);
    BY_NAME.put(canonical, k);
    for (String a : aliases) {
      BY_NAME.put(a, k);
    }
  }

  private static void ext(String name, String extension, Modifiers modifiers) {
    BY_NAME.put(name, new Known(name, modifiers, extension));
  }

  /** A built-in or extension type by any of its names, or null. */
  static @Nullable Known known(String name) {
    return BY_NAME.get(name);
  }

  /** For {@code serial} and friends, the integer type they stand for; else null. */
  static @Nullable String serialBase(String name) {
    return SERIALS.get(name);
  }

  /** The serial shorthand of an integer type: {@code integer} → {@code serial}. */
  static String serialName(String base) {
    return switch (base) {
      case "smallint" -> "smallserial";
      case "bigint" -> "bigserial";
      default -> "serial";
    };
  }

  static boolean isPseudo(String name) {
    return PSEUDO.contains(name);
  }

  /** Every name, for "did you mean" suggestions. */
  static List<String> names() {
    List<String> out = new ArrayList<>(BY_NAME.keySet());
    out.addAll(SERIALS.keySet());
    out.addAll(PSEUDO);
    return out;
  }
}
