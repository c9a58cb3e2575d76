package io.pgorm.internal.types;

import com.fasterxml.jackson.databind.JsonNode;
import io.pgorm.types.MacAddress;
import io.pgorm.types.PgBits;
import io.pgorm.types.PgCidr;
import io.pgorm.types.PgInet;
import io.pgorm.types.PgLsn;
import io.pgorm.types.PgMoney;
import io.pgorm.types.PgMultirange;
import io.pgorm.types.PgNumeric;
import io.pgorm.types.PgRange;
import io.pgorm.types.PgTsQuery;
import io.pgorm.types.PgTsVector;
import io.r2dbc.postgresql.codec.Box;
import io.r2dbc.postgresql.codec.Circle;
import io.r2dbc.postgresql.codec.Interval;
import io.r2dbc.postgresql.codec.Line;
import io.r2dbc.postgresql.codec.Lseg;
import io.r2dbc.postgresql.codec.Path;
import io.r2dbc.postgresql.codec.Point;
import io.r2dbc.postgresql.codec.Polygon;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Which built-in type a Java value binds as when nothing else says: for the elements of a bound
 * {@code List}, the bounds of a range, and our value classes.
 */
final class JavaTypes {

  private static final Map<Class<?>, String> BY_CLASS =
      Map.ofEntries(
          Map.entry(Short.class, "smallint"),
          Map.entry(Integer.class, "integer"),
          Map.entry(Long.class, "bigint"),
          Map.entry(Float.class, "real"),
          Map.entry(Double.class, "double precision"),
          Map.entry(BigDecimal.class, "numeric"),
          Map.entry(PgNumeric.class, "numeric"),
          Map.entry(Boolean.class, "boolean"),
          Map.entry(String.class, "text"),
          Map.entry(byte[].class, "bytea"),
          Map.entry(UUID.class, "uuid"),
          Map.entry(LocalDate.class, "date"),
          Map.entry(LocalDateTime.class, "timestamp"),
          Map.entry(OffsetDateTime.class, "timestamptz"),
          Map.entry(Instant.class, "timestamptz"),
          Map.entry(ZonedDateTime.class, "timestamptz"),
          Map.entry(LocalTime.class, "time"),
          Map.entry(OffsetTime.class, "timetz"),
          Map.entry(Interval.class, "interval"),
          Map.entry(PgMoney.class, "money"),
          Map.entry(PgBits.class, "varbit"),
          Map.entry(PgInet.class, "inet"),
          Map.entry(PgCidr.class, "cidr"),
          Map.entry(PgLsn.class, "pg_lsn"),
          Map.entry(PgTsVector.class, "tsvector"),
          Map.entry(PgTsQuery.class, "tsquery"),
          Map.entry(Point.class, "point"),
          Map.entry(Line.class, "line"),
          Map.entry(Lseg.class, "lseg"),
          Map.entry(Box.class, "box"),
          Map.entry(Path.class, "path"),
          Map.entry(Polygon.class, "polygon"),
          Map.entry(Circle.class, "circle"));

  private static final Map<String, String> RANGE_BY_BOUND =
      Map.of(
          "integer", "int4range",
          "bigint", "int8range",
          "numeric", "numrange",
          "timestamp", "tsrange",
          "timestamptz", "tstzrange",
          "date", "daterange");

  private JavaTypes() {}

  /**
   * The built-in type {@code value} binds as, or {@code null} when its class does not say (user
   * types are looked up by the caller; empty or unbounded ranges, empty lists).
   */
  static @Nullable String typeNameOf(Object value) {
    String name = BY_CLASS.get(value.getClass());
    if (name != null) {
      return name;
    }
    if (value instanceof MacAddress m) {
      return m.length() == 6 ? "macaddr" : "macaddr8";
    }
    if (value instanceof JsonNode) {
      return "jsonb";
    }
    if (value instanceof Map<?, ?>) {
      return "hstore";
    }
    if (value instanceof PgRange<?> r) {
      String bound = boundType(r);
      return bound == null ? null : RANGE_BY_BOUND.get(bound);
    }
    if (value instanceof PgMultirange<?> m) {
      for (PgRange<?> r : m.ranges()) {
        String bound = boundType(r);
        String range = bound == null ? null : RANGE_BY_BOUND.get(bound);
        if (range != null) {
          return range.replace("range", "multirange");
        }
      }
    }
    return null;
  }

  /** The built-in type a NULL of this class binds as, or {@code null}. */
  static @Nullable String typeNameOfClass(Class<?> type) {
    String name = BY_CLASS.get(type);
    if (name == null && JsonNode.class.isAssignableFrom(type)) {
      return "jsonb";
    }
    return name;
  }

  private static @Nullable String boundType(PgRange<?> r) {
    Object b = r.lower() != null ? r.lower() : r.upper();
    return b == null ? null : BY_CLASS.get(b.getClass());
  }

  /** The first non-null element of a (nested) list or array, or {@code null}. */
  static @Nullable Object firstLeaf(Object list) {
    for (Object e : ArrayCodec.asList(list)) {
      if (e == null) {
        continue;
      }
      if (e instanceof List<?> || (e.getClass().isArray() && !(e instanceof byte[]))) {
        Object leaf = firstLeaf(e);
        if (leaf != null) {
          return leaf;
        }
      } else {
        return e;
      }
    }
    return null;
  }
}
