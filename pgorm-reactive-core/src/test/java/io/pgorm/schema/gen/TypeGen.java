package io.pgorm.schema.gen;

import io.pgorm.schema.ir.QualifiedName;
import io.pgorm.schema.ir.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Random column types: every built-in kind with modifiers, arrays, user and extension types. */
final class TypeGen {

  static final List<String> PLAIN =
      List.of(
          "smallint",
          "integer",
          "bigint",
          "real",
          "double precision",
          "money",
          "text",
          "bytea",
          "boolean",
          "date",
          "uuid",
          "json",
          "jsonb",
          "jsonpath",
          "xml",
          "inet",
          "cidr",
          "macaddr",
          "macaddr8",
          "varbit",
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
          "oid",
          "regclass",
          "regtype",
          "regproc",
          "regrole",
          "regnamespace",
          "regconfig",
          "xid8",
          "name");

  static final List<String> INTERVAL_FIELDS =
      List.of(
          "year",
          "month",
          "day",
          "hour",
          "minute",
          "second",
          "year to month",
          "day to hour",
          "day to minute",
          "day to second",
          "hour to minute",
          "hour to second",
          "minute to second");

  private final Random r;
  private final Features f;
  final List<QualifiedName> userTypes = new ArrayList<>();
  final Map<String, String> extensionSchemas;

  TypeGen(Random r, Features f, Map<String, String> extensionSchemas) {
    this.r = r;
    this.f = f;
    this.extensionSchemas = extensionSchemas;
  }

  /** A built-in type, with modifiers where the type takes them. */
  TypeRef builtin() {
    int k = r.nextInt(PLAIN.size() + 7);
    TypeRef t;
    switch (k - PLAIN.size()) {
      case 0 -> {
        f.add("type numeric");
        int p = 1 + r.nextInt(30);
        t =
            switch (r.nextInt(3)) {
              case 0 -> TypeRef.builtin("numeric");
              case 1 -> TypeRef.builtin("numeric", String.valueOf(p));
              default ->
                  TypeRef.builtin("numeric", String.valueOf(p), String.valueOf(r.nextInt(p + 1)));
            };
      }
      case 1 -> {
        f.add("type varchar(n)");
        t =
            r.nextBoolean()
                ? TypeRef.builtin("varchar")
                : TypeRef.builtin("varchar", String.valueOf(1 + r.nextInt(500)));
      }
      case 2 -> {
        f.add("type char(n)");
        t = TypeRef.builtin("char", String.valueOf(1 + r.nextInt(20)));
      }
      case 3 -> {
        f.add("type timestamp(p)");
        String name = Pools.pick(r, List.of("time", "timetz", "timestamp", "timestamptz"));
        t =
            r.nextBoolean()
                ? TypeRef.builtin(name)
                : TypeRef.builtin(name, String.valueOf(r.nextInt(7)));
      }
      case 4 -> {
        f.add("type interval fields");
        List<String> mods = new ArrayList<>();
        if (r.nextBoolean()) {
          mods.add(Pools.pick(r, INTERVAL_FIELDS));
        }
        if (r.nextBoolean()) {
          mods.add(String.valueOf(r.nextInt(7)));
        }
        t = new TypeRef(null, "interval", mods, 0);
      }
      case 5 -> {
        f.add("type bit(n)");
        t = TypeRef.builtin("bit", String.valueOf(1 + r.nextInt(64)));
      }
      case 6 -> {
        t = extensionOrBuiltin();
      }
      default -> {
        f.add("type builtin");
        t = TypeRef.builtin(PLAIN.get(k));
      }
    }
    return t;
  }

  private TypeRef extensionOrBuiltin() {
    List<String> names = new ArrayList<>();
    if (extensionSchemas.containsKey("citext")) {
      names.add("citext");
    }
    if (extensionSchemas.containsKey("vector")) {
      names.add("vector");
    }
    if (extensionSchemas.containsKey("hstore")) {
      names.add("hstore");
    }
    if (extensionSchemas.containsKey("postgis")) {
      names.add("geometry");
    }
    if (names.isEmpty()) {
      return TypeRef.builtin("text");
    }
    String n = Pools.pick(r, names);
    f.add("type extension");
    String schema = extensionSchemas.get(n.equals("geometry") ? "postgis" : n);
    List<String> mods =
        switch (n) {
          case "vector" -> List.of(String.valueOf(1 + r.nextInt(2000)));
          case "geometry" -> r.nextBoolean() ? List.of("Point", "4326") : List.of();
          default -> List.of();
        };
    return new TypeRef(schema, n, mods, 0);
  }

  /** Any column type: built-in, user or extension, maybe an array. */
  TypeRef any() {
    TypeRef t = userTypes.isEmpty() || r.nextInt(4) > 0 ? builtin() : user();
    int dims = r.nextInt(10) == 0 ? 1 + r.nextInt(2) : 0;
    if (dims > 0) {
      f.add("type array");
    }
    return new TypeRef(t.schema(), t.name(), t.modifiers(), dims);
  }

  TypeRef user() {
    QualifiedName q = Pools.pick(r, userTypes);
    f.add("type user");
    return TypeRef.user(q.schema(), q.name());
  }
}
