package io.pgorm.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgorm.PgOrm;
import io.pgorm.error.BadSqlException;
import io.pgorm.error.DataException;
import io.pgorm.test.PgTest;
import io.pgorm.test.TestDatabase;
import io.r2dbc.postgresql.api.PostgresqlException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What r2dbc-postgresql 1.1.1 does wrong by itself (against {@link Raw}), next to what the client
 * does with the registry's codecs. docs/types.md lists the same.
 */
@PgTest
class DriverDefectsTest {

  private static final Duration T = Duration.ofSeconds(10);
  private static TestDatabase database;
  private static RoundTrip roundTrip;
  private static PgOrm db;

  @BeforeAll
  static void open(TestDatabase testDatabase) {
    database = testDatabase;
    roundTrip = RoundTrip.open(testDatabase, TypeFixtures.registry());
    db = roundTrip.client();
    Raw.run(database, "CREATE TABLE d (id int, x xml, m money, day date)");
  }

  @AfterAll
  static void close() {
    roundTrip.close();
  }

  @Test
  void theDriverCannotReadAnInetWithAPrefix() {
    // It hands the text to InetAddress.getByName: a name look-up, on the I/O thread.
    assertThatThrownBy(
            () -> Raw.<Object>first(database, "SELECT '192.168.1.5/24'::inet", r -> r.get(0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasRootCauseInstanceOf(java.net.UnknownHostException.class);
    assertThat(Raw.<Object>first(database, "SELECT '10.0.0.1'::inet", r -> r.get(0)))
        .isInstanceOf(InetAddress.class);
    Object ours = db.sql("SELECT '192.168.1.5/24'::inet").first((r, m) -> r.get(0)).block(T);
    assertThat(ours).isEqualTo(PgInet.parse("192.168.1.5/24"));
  }

  @Test
  void theDriverThrowsOnNumericNaN() {
    assertThatThrownBy(() -> Raw.<Object>first(database, "SELECT 'NaN'::numeric", r -> r.get(0)))
        .isInstanceOf(NumberFormatException.class);
    assertThat(db.sql("SELECT 'NaN'::numeric").first((r, m) -> r.get(0)).block(T))
        .isEqualTo(PgNumeric.NAN);
    assertThat(
            db.sql("SELECT 'Infinity'::numeric")
                .first((r, m) -> r.get(0, PgNumeric.class))
                .block(T))
        .isEqualTo(PgNumeric.POSITIVE_INFINITY);
    assertThatThrownBy(
            () ->
                db.sql("SELECT '-Infinity'::numeric")
                    .first((r, m) -> r.get(0, BigDecimal.class))
                    .block(T))
        .isInstanceOf(TypeMappingException.class)
        .hasMessage(
            "Cannot read numeric -Infinity as BigDecimal: BigDecimal has no NaN or infinity. Hint:"
                + " read the column as PgNumeric (or Object) where it may hold them.");
  }

  @Test
  void theDriverWritesOutOfRangeDatesAsInfinity() {
    LocalDate tooLate = LocalDate.of(6_000_000, 1, 1);
    Raw.run(database, "INSERT INTO d (id, day) VALUES (1, $1)", tooLate);
    assertThat(
            Raw.<String>first(
                database, "SELECT day::text FROM d WHERE id = 1", r -> r.get(0, String.class)))
        .isEqualTo("infinity");
    assertThatThrownBy(
            () ->
                db.sql("INSERT INTO d (id, day) VALUES (2, $1)")
                    .bind(0, tooLate)
                    .execute()
                    .block(T))
        .isInstanceOf(DataException.class)
        .extracting(e -> ((DataException) e).sqlState())
        .isEqualTo("22008");
    db.sql("INSERT INTO d (id, day) VALUES (3, $1)")
        .bind(0, PgInfinity.DATE_POSITIVE)
        .execute()
        .block(T);
    assertThat(
            db.sql("SELECT day FROM d WHERE id = 3")
                .first((r, m) -> r.get(0, LocalDate.class))
                .block(T))
        .isEqualTo(LocalDate.MAX);
  }

  @Test
  void theDriverSendsStringsAsVarchar() {
    assertThatThrownBy(() -> Raw.run(database, "INSERT INTO d (id, x) VALUES (4, $1)", "<a/>"))
        .isInstanceOf(PostgresqlException.class)
        .extracting(e -> ((PostgresqlException) e).getErrorDetails().getCode())
        .isEqualTo("42804");
    assertThatThrownBy(
            () -> db.sql("INSERT INTO d (id, x) VALUES (5, $1)").bind(0, "<a/>").execute().block(T))
        .isInstanceOf(BadSqlException.class)
        .hasMessageStartingWith(
            "column \"x\" is of type xml but expression is of type character varying [42804]");
    db.sql("INSERT INTO d (id, x) VALUES (6, $1)")
        .bind(0, TypedValue.of("xml", "<a/>"))
        .execute()
        .block(T);
    assertThat(
            db.sql("SELECT x FROM d WHERE id = 6").first((r, m) -> r.get(0, String.class)).block(T))
        .isEqualTo("<a/>");
  }

  @Test
  void theDriverHasNoMoneyCodec() {
    assertThat(Raw.<Object>first(database, "SELECT '1234.5'::money", r -> r.get(0)))
        .isEqualTo("$1,234.50");
    assertThatThrownBy(
            () -> Raw.run(database, "INSERT INTO d (id, m) VALUES (7, $1)", PgMoney.of("1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Cannot encode parameter of type io.pgorm.types.PgMoney");
    db.sql("INSERT INTO d (id, m) VALUES (8, $1)").bind(0, PgMoney.of("1234.5")).execute().block(T);
    assertThat(db.sql("SELECT m FROM d WHERE id = 8").first((r, m) -> r.get(0)).block(T))
        .isEqualTo(PgMoney.of("1234.50"));
  }

  @Test
  void theDriverComparesCitextWithAStringCaseSensitively() {
    Raw.run(database, "CREATE TABLE c (id int, name citext)");
    Raw.run(database, "INSERT INTO c VALUES (1, 'Ann')");
    assertThat(
            Raw.<Long>first(
                database,
                "SELECT count(*) FROM c WHERE name = $1",
                r -> r.get(0, Long.class),
                "ANN"))
        .isZero();
    assertThat(
            db.sql("SELECT count(*) FROM c WHERE name = $1")
                .bind(0, TypedValue.of("citext", "ANN"))
                .first((r, m) -> r.get(0, Long.class))
                .block(T))
        .isEqualTo(1L);
  }

  @Test
  void theDriverReadsIsoIntervalFractionsWrongly() {
    assertThat(io.r2dbc.postgresql.codec.Interval.parse("PT0.000001S").getMicrosecondsInSecond())
        .isEqualTo(100_000);
    assertThat(TypeFixtures.registry().parseText("interval", "PT0.000001S"))
        .isEqualTo(io.r2dbc.postgresql.codec.Interval.of(0, 0, 0, 0, 0, 0, 1));
  }

  @Test
  void timestamptzReadsAtUtc() {
    OffsetDateTime ours =
        db.sql("SELECT '2024-01-01 12:00:00+05:45'::timestamptz")
            .first((r, m) -> r.get(0, OffsetDateTime.class))
            .block(T);
    assertThat(ours).isEqualTo(OffsetDateTime.of(2024, 1, 1, 6, 15, 0, 0, ZoneOffset.UTC));
  }
}
