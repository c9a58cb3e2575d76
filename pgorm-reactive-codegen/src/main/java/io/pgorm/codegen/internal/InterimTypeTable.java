package io.pgorm.codegen.internal;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * INTERIM: the Java type of each built-in and extension PostgreSQL type, until the type registry
 * ({@code io.pgorm.types}) lands on main. Replace this class, and only this class, by a lookup in
 * the registry then; types the registry gives its own value classes (money, intervals, ranges, bit
 * strings, network and geometric types) are {@code String} here.
 */
final class InterimTypeTable {

  private static final Map<String, TypeName> TYPES = new HashMap<>();

  static {
    put(ClassName.get(Short.class), "smallint", "int2", "smallserial", "serial2");
    put(ClassName.get(Integer.class), "integer", "int", "int4", "serial", "serial4");
    put(ClassName.get(Long.class), "bigint", "int8", "bigserial", "serial8", "oid");
    put(ClassName.get(BigDecimal.class), "numeric", "decimal", "money");
    put(ClassName.get(Float.class), "real", "float4");
    put(ClassName.get(Double.class), "double precision", "float8");
    put(ClassName.get(Boolean.class), "boolean", "bool");
    put(ArrayTypeName.of(TypeName.BYTE), "bytea");
    put(ClassName.get(LocalDate.class), "date");
    put(ClassName.get(LocalTime.class), "time", "time without time zone");
    put(ClassName.get(OffsetTime.class), "timetz", "time with time zone");
    put(ClassName.get(LocalDateTime.class), "timestamp", "timestamp without time zone");
    put(ClassName.get(OffsetDateTime.class), "timestamptz", "timestamp with time zone");
    put(ClassName.get(UUID.class), "uuid");
    put(ClassName.get("com.fasterxml.jackson.databind", "JsonNode"), "json", "jsonb");
    put(ClassName.get(InetAddress.class), "inet");
    put(
        ParameterizedTypeName.get(
            ClassName.get(Map.class), ClassName.get(String.class), ClassName.get(String.class)),
        "hstore");
    put(ArrayTypeName.of(TypeName.FLOAT), "vector");
    put(
        ClassName.get(String.class),
        List.of(
                "text",
                "varchar",
                "character varying",
                "char",
                "character",
                "bpchar",
                "name",
                "citext",
                "xml",
                "interval",
                "cidr",
                "macaddr",
                "macaddr8",
                "bit",
                "varbit",
                "bit varying",
                "tsvector",
                "tsquery",
                "jsonpath",
                "pg_lsn",
                "point",
                "line",
                "lseg",
                "box",
                "path",
                "polygon",
                "circle",
                "ltree",
                "lquery",
                "geometry",
                "geography",
                "regclass",
                "regtype",
                "regproc",
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
                "datemultirange")
            .toArray(new String[0]));
  }

  private InterimTypeTable() {}

  /** The Java type of a built-in or extension type of that name, or {@code null}. */
  static @Nullable TypeName javaType(String sqlName) {
    return TYPES.get(sqlName);
  }

  private static void put(TypeName type, String... names) {
    for (String name : names) {
      TYPES.put(name, type);
    }
  }
}
