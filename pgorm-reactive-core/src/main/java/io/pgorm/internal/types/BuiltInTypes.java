package io.pgorm.internal.types;

import com.fasterxml.jackson.databind.JsonNode;
import io.pgorm.types.MacAddress;
import io.pgorm.types.PgBits;
import io.pgorm.types.PgCidr;
import io.pgorm.types.PgInet;
import io.pgorm.types.PgLsn;
import io.pgorm.types.PgNumeric;
import io.pgorm.types.PgTsQuery;
import io.pgorm.types.PgTsVector;
import io.pgorm.types.PgType;
import io.pgorm.types.PgType.BindMode;
import io.pgorm.types.PgType.Kind;
import io.r2dbc.postgresql.codec.Vector;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** The built-in and extension types: names, OIDs (from pg_type), codecs, what we read natively. */
final class BuiltInTypes {

  private BuiltInTypes() {}

  static List<TypeEntry> all() {
    List<TypeEntry> t = new ArrayList<>();
    TextCodec str = SimpleCodec.STRING;
    t.add(def("boolean", 16, 1000, BoolCodec.INSTANCE).alias("bool").build());
    t.add(def("bytea", 17, 1001, ByteaCodec.INSTANCE).build());
    t.add(def("name", 19, 1003, str).typed().build());
    t.add(def("bigint", 20, 1016, IntegerCodec.LONG).alias("int8", "bigserial", "serial8").build());
    t.add(
        def("smallint", 21, 1005, IntegerCodec.SHORT)
            .alias("int2", "smallserial", "serial2")
            .build());
    t.add(
        def("integer", 23, 1007, IntegerCodec.INT)
            .alias("int", "int4", "serial", "serial4")
            .build());
    t.add(def("regproc", 24, 1008, str).typed().build());
    t.add(def("text", 25, 1009, str).build());
    t.add(def("oid", 26, 1028, IntegerCodec.LONG).typed().build());
    t.add(def("json", 114, 199, JsonCodec.INSTANCE).typed().natives(JsonNode.class).build());
    t.add(def("xml", 142, 143, str).typed().build());
    t.add(def("point", 600, 1017, GeometryCodec.POINT).build());
    t.add(def("lseg", 601, 1018, GeometryCodec.LSEG).build());
    t.add(def("path", 602, 1019, GeometryCodec.PATH).build());
    t.add(def("box", 603, 1020, GeometryCodec.BOX).delimiter(';').build());
    t.add(def("polygon", 604, 1027, GeometryCodec.POLYGON).build());
    t.add(def("line", 628, 629, GeometryCodec.LINE).build());
    t.add(def("cidr", 650, 651, simple(PgCidr.class, PgCidr::parse)).ours().build());
    t.add(def("real", 700, 1021, FloatCodec.FLOAT).alias("float4").build());
    t.add(def("double precision", 701, 1022, FloatCodec.DOUBLE).alias("float8", "float").build());
    t.add(def("circle", 718, 719, GeometryCodec.CIRCLE).build());
    TextCodec mac = simple(MacAddress.class, MacAddress::parse);
    t.add(def("macaddr8", 774, 775, mac).ours().build());
    t.add(def("money", 790, 791, MoneyCodec.INSTANCE).ours().build());
    t.add(def("macaddr", 829, 1040, mac).ours().build());
    t.add(def("inet", 869, 1041, simple(PgInet.class, PgInet::parse)).ours().build());
    t.add(def("char", 1042, 1014, str).alias("character", "bpchar").build());
    t.add(def("varchar", 1043, 1015, str).alias("character varying").build());
    t.add(def("date", 1082, 1182, TemporalCodec.DATE).ours().build());
    t.add(
        def("time", 1083, 1183, TemporalCodec.TIME).alias("time without time zone").ours().build());
    t.add(
        temporal("timestamp", 1114, 1115, TemporalCodec.TIMESTAMP, "timestamp without time zone"));
    t.add(
        def("timestamptz", 1184, 1185, TemporalCodec.TIMESTAMPTZ)
            .alias("timestamp with time zone")
            .ours()
            .natives(OffsetDateTime.class, Instant.class)
            .build());
    t.add(def("interval", 1186, 1187, IntervalCodec.INSTANCE).ours().build());
    t.add(
        def("timetz", 1266, 1270, TemporalCodec.TIMETZ)
            .alias("time with time zone")
            .ours()
            .build());
    TextCodec bits = simple(PgBits.class, PgBits::parse);
    t.add(def("bit", 1560, 1561, bits).typed().ours().build());
    t.add(def("varbit", 1562, 1563, bits).alias("bit varying").ours().build());
    t.add(
        def("numeric", 1700, 1231, NumericCodec.INSTANCE)
            .alias("decimal")
            .ours()
            .natives(BigDecimal.class, PgNumeric.class)
            .build());
    t.add(def("regprocedure", 2202, 2207, str).typed().build());
    t.add(def("regoper", 2203, 2208, str).typed().build());
    t.add(def("regoperator", 2204, 2209, str).typed().build());
    t.add(def("regclass", 2205, 2210, str).typed().build());
    t.add(def("regtype", 2206, 2211, str).typed().build());
    t.add(def("uuid", 2950, 2951, simple(UUID.class, UUID::fromString)).build());
    t.add(def("pg_lsn", 3220, 3221, simple(PgLsn.class, PgLsn::parse)).ours().build());
    t.add(def("tsvector", 3614, 3643, simple(PgTsVector.class, PgTsVector::parse)).ours().build());
    t.add(def("tsquery", 3615, 3645, simple(PgTsQuery.class, PgTsQuery::parse)).ours().build());
    t.add(def("regconfig", 3734, 3735, str).typed().build());
    t.add(def("regdictionary", 3769, 3770, str).typed().build());
    t.add(def("jsonb", 3802, 3807, JsonCodec.INSTANCE).natives(JsonNode.class).build());
    t.add(range("int4range", 3904, 3905, IntegerCodec.INT));
    t.add(range("numrange", 3906, 3907, NumericCodec.INSTANCE));
    t.add(range("tsrange", 3908, 3909, TemporalCodec.TIMESTAMP));
    t.add(range("tstzrange", 3910, 3911, TemporalCodec.TIMESTAMPTZ));
    t.add(range("daterange", 3912, 3913, TemporalCodec.DATE));
    t.add(range("int8range", 3926, 3927, IntegerCodec.LONG));
    t.add(def("jsonpath", 4072, 4073, str).typed().build());
    t.add(def("regnamespace", 4089, 4090, str).typed().build());
    t.add(def("regrole", 4096, 4097, str).typed().build());
    t.add(def("regcollation", 4191, 4192, str).typed().build());
    t.add(multirange("int4multirange", 4451, 6150, IntegerCodec.INT));
    t.add(multirange("nummultirange", 4532, 6151, NumericCodec.INSTANCE));
    t.add(multirange("tsmultirange", 4533, 6152, TemporalCodec.TIMESTAMP));
    t.add(multirange("tstzmultirange", 4534, 6153, TemporalCodec.TIMESTAMPTZ));
    t.add(multirange("datemultirange", 4535, 6155, TemporalCodec.DATE));
    t.add(multirange("int8multirange", 4536, 6157, IntegerCodec.LONG));
    t.add(def("citext", 0, 0, str).extension("citext").typed().build());
    t.add(def("hstore", 0, 0, HstoreCodec.INSTANCE).extension("hstore").ours().build());
    t.add(def("ltree", 0, 0, str).extension("ltree").typed().build());
    t.add(def("geometry", 0, 0, DriverOnlyCodec.GEOMETRY).extension("postgis").build());
    t.add(def("geography", 0, 0, DriverOnlyCodec.GEOGRAPHY).extension("postgis").build());
    t.add(
        def("vector", 0, 0, simple(Vector.class, BuiltInTypes::vector))
            .extension("vector")
            .build());
    return linkBounds(t);
  }

  /** Ranges and multiranges name their bound type as their element. */
  private static List<TypeEntry> linkBounds(List<TypeEntry> entries) {
    Map<String, String> bounds = rangeBounds();
    List<TypeEntry> out = new ArrayList<>(entries.size());
    for (TypeEntry e : entries) {
      String bound = bounds.get(e.name());
      if (bound == null) {
        out.add(e);
        continue;
      }
      PgType element =
          entries.stream().filter(b -> b.name().equals(bound)).findFirst().orElseThrow().type();
      PgType t = e.type();
      PgType linked =
          new PgType(
              t.name(),
              t.aliases(),
              t.oid(),
              t.arrayOid(),
              t.javaType(),
              t.kind(),
              t.extension(),
              t.bindMode(),
              element,
              0);
      out.add(
          new TypeEntry(linked, e.codec(), e.arrayCodec(), e.nativeClasses(), e.claimsObject()));
    }
    return out;
  }

  private static Vector vector(String text) {
    List<Double> n = GeometryCodec.numbers(text);
    float[] f = new float[n.size()];
    for (int i = 0; i < f.length; i++) {
      f[i] = n.get(i).floatValue();
    }
    return Vector.of(f);
  }

  private static TextCodec simple(Class<?> type, Function<String, ?> parser) {
    return new SimpleCodec(type, parser);
  }

  private static TypeEntry temporal(String name, int oid, int arr, TextCodec c, String alias) {
    return def(name, oid, arr, c).alias(alias).ours().build();
  }

  private static TypeEntry range(String name, int oid, int arr, TextCodec bound) {
    return def(name, oid, arr, new RangeCodec(bound)).kind(Kind.RANGE).ours().build();
  }

  private static TypeEntry multirange(String name, int oid, int arr, TextCodec bound) {
    return def(name, oid, arr, new MultirangeCodec(bound)).kind(Kind.MULTIRANGE).ours().build();
  }

  static Def def(String name, int oid, int arrayOid, TextCodec codec) {
    return new Def(name, oid, arrayOid, codec);
  }

  /** Collects one entry. */
  static final class Def {
    private final String name;
    private final int oid;
    private final int arrayOid;
    private final TextCodec codec;
    private List<String> aliases = List.of();
    private Kind kind = Kind.BASE;
    private BindMode bind = BindMode.DIRECT;
    private @Nullable String extension;
    private char delimiter = ',';
    private boolean ours;
    private Set<Class<?>> natives = Set.of();

    Def(String name, int oid, int arrayOid, TextCodec codec) {
      this.name = name;
      this.oid = oid;
      this.arrayOid = arrayOid;
      this.codec = codec;
    }

    Def alias(String... aliases) {
      this.aliases = List.of(aliases);
      return this;
    }

    Def typed() {
      this.bind = BindMode.TYPED;
      return this;
    }

    Def kind(Kind kind) {
      this.kind = kind;
      return this;
    }

    Def extension(String extension) {
      this.extension = extension;
      return this;
    }

    Def delimiter(char delimiter) {
      this.delimiter = delimiter;
      return this;
    }

    /** Our codec reads it natively, also as Object: the driver has none or a wrong one. */
    Def ours() {
      this.ours = true;
      return this;
    }

    Def natives(Class<?>... classes) {
      this.natives = Set.of(classes);
      return this;
    }

    TypeEntry build() {
      Set<Class<?>> nat = natives.isEmpty() && ours ? Set.of(codec.javaType()) : natives;
      PgType type =
          new PgType(
              name, aliases, oid, arrayOid, codec.javaType(), kind, extension, bind, null, 0);
      return new TypeEntry(type, codec, delimiter, nat, ours);
    }
  }

  /** The bound type names of the range and multirange entries, to link their descriptors. */
  private static Map<String, String> rangeBounds() {
    return Map.ofEntries(
        Map.entry("int4range", "integer"),
        Map.entry("int8range", "bigint"),
        Map.entry("numrange", "numeric"),
        Map.entry("tsrange", "timestamp"),
        Map.entry("tstzrange", "timestamptz"),
        Map.entry("daterange", "date"),
        Map.entry("int4multirange", "integer"),
        Map.entry("int8multirange", "bigint"),
        Map.entry("nummultirange", "numeric"),
        Map.entry("tsmultirange", "timestamp"),
        Map.entry("tstzmultirange", "timestamptz"),
        Map.entry("datemultirange", "date"));
  }
}
