package io.pgorm.types;

import static io.pgorm.types.TypeCase.normalized;
import static io.pgorm.types.TypeCase.of;

import io.r2dbc.postgresql.codec.Box;
import io.r2dbc.postgresql.codec.Circle;
import io.r2dbc.postgresql.codec.Line;
import io.r2dbc.postgresql.codec.Lseg;
import io.r2dbc.postgresql.codec.Path;
import io.r2dbc.postgresql.codec.Point;
import io.r2dbc.postgresql.codec.Polygon;
import java.util.List;
import java.util.stream.Stream;

/** Network addresses, bit strings, text search, LSNs, geometry. */
final class NetworkCases {

  private NetworkCases() {}

  static Stream<TypeCase> cases() {
    return Stream.of(
        of("inet", PgInet.parse("192.168.1.5/24")),
        of("inet", PgInet.parse("10.0.0.1")),
        of("inet", PgInet.parse("2001:db8::1/64")),
        of("inet", PgInet.parse("::ffff:1.2.3.4/120")),
        of("inet", PgInet.parse("0.0.0.0/0")),
        of("cidr", PgCidr.parse("10.0.0.0/8")),
        of("cidr", PgCidr.parse("2001:db8::/32")),
        of("cidr", PgCidr.parse("192.168.1.7/32")),
        of("macaddr", MacAddress.parse("08:00:2b:01:02:03")),
        of("macaddr8", MacAddress.parse("08:00:2b:01:02:03:04:05")),
        normalized(
                "macaddr8",
                MacAddress.parse("08:00:2b:01:02:03"),
                MacAddress.parse("08:00:2b:ff:fe:01:02:03"))
            .label("6 bytes widened"),
        of("bit(5)", PgBits.parse("10110")),
        of("bit", PgBits.parse("1")),
        of("varbit", PgBits.parse("")),
        of("bit varying(200)", PgBits.parse("10".repeat(100))),
        of("tsvector", PgTsVector.parse("'a' 'cat':3A 'fat':2,4")),
        of("tsvector", PgTsVector.parse("'back\\\\slash' 'it''s'")),
        of("tsvector", PgTsVector.parse("")),
        of("tsquery", PgTsQuery.parse("'fat' & ( 'rat' | !'cat' )")),
        of("tsquery", PgTsQuery.parse("'a':*AB <-> 'b'")),
        of("tsquery", PgTsQuery.parse("'a' <2> 'it''s'")),
        of("pg_lsn", PgLsn.parse("16/B374D848")),
        of("pg_lsn", PgLsn.parse("0/0")),
        of("pg_lsn", PgLsn.parse("FFFFFFFF/FFFFFFFF")),
        of("point", Point.of(1.5, -2)),
        of("line", Line.of(1, -1, 0)),
        of("lseg", Lseg.of(0, 0, 1, 1)),
        of("box", Box.of(3, 4, 1, 2)),
        normalized("box", Box.of(1, 2, 3, 4), Box.of(3, 4, 1, 2)),
        of("path", Path.open(Point.of(0, 0), Point.of(1, 1), Point.of(2, 0))),
        of("path", Path.closed(List.of(Point.of(0, 0), Point.of(1, 1)))),
        of("polygon", Polygon.of(Point.of(0, 0), Point.of(1, 1), Point.of(1, 0))),
        of("circle", Circle.of(0, 0, 2)),
        TypeCase.ofNull("inet"),
        TypeCase.ofNull("tsvector"),
        TypeCase.ofNull("point"));
  }
}
