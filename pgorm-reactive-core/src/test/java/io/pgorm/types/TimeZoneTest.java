package io.pgorm.types;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgorm.test.PgTest;
import io.pgorm.test.TestDatabase;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A session whose TimeZone is not UTC (Asia/Kathmandu, +05:45): the server prints timestamptz with
 * that offset, natively and in to_jsonb; both still read as the same UTC values, and values written
 * by such a session decode equal in a UTC session (a change event read elsewhere).
 */
@PgTest
class TimeZoneTest {

  private static final Duration T = Duration.ofSeconds(10);
  private static RoundTrip kathmandu;
  private static RoundTrip utc;

  @BeforeAll
  static void open(TestDatabase db) {
    kathmandu = RoundTrip.open(db, TypeFixtures.registry(), "TimeZone", "Asia/Kathmandu");
    utc = RoundTrip.reopen(db, TypeFixtures.registry());
    utc.client()
        .sql("CREATE TABLE tz (id int, at timestamptz, t timetz, local timestamp)")
        .execute()
        .block(T);
  }

  @AfterAll
  static void close() {
    kathmandu.close();
    utc.close();
  }

  @Test
  void theSessionRunsInKathmandu() {
    assertThat(
            kathmandu
                .client()
                .sql("SHOW TimeZone")
                .first((r, m) -> r.get(0, String.class))
                .block(T))
        .isEqualTo("Asia/Kathmandu");
    assertThat(
            kathmandu
                .client()
                .sql("SELECT '2024-01-01 00:00:00Z'::timestamptz::text")
                .first((r, m) -> r.get(0, String.class))
                .block(T))
        .isEqualTo("2024-01-01 05:45:00+05:45");
  }

  @Test
  void timestamptzReadsAsTheSameInstantAtUtcWhateverTheSession() {
    OffsetDateTime at =
        OffsetDateTime.of(2024, 3, 1, 23, 30, 0, 123_456_000, ZoneOffset.ofHours(-7));
    OffsetTime t = OffsetTime.of(9, 0, 0, 0, ZoneOffset.ofHoursMinutes(-3, -30));
    LocalDateTime local = LocalDateTime.of(2024, 3, 1, 23, 30);
    kathmandu
        .client()
        .sql("INSERT INTO tz VALUES (1, $1, $2, $3)")
        .bind(0, at)
        .bind(1, t)
        .bind(2, local)
        .execute()
        .block(T);
    OffsetDateTime expected = at.withOffsetSameInstant(ZoneOffset.UTC);
    for (RoundTrip session : List.of(kathmandu, utc)) {
      List<Object> row =
          session
              .client()
              .sql("SELECT at, t, local FROM tz WHERE id = 1")
              .first(
                  (r, m) ->
                      List.<Object>of(
                          r.get(0, OffsetDateTime.class),
                          r.get(1, OffsetTime.class),
                          r.get(2, LocalDateTime.class)))
              .block(T);
      assertThat(row).containsExactly(expected, t, local);
    }
  }

  @Test
  void theJsonFormWrittenInOneZoneDecodesEqualInAnother() throws Exception {
    kathmandu
        .client()
        .sql(
            "INSERT INTO tz VALUES (2, '2024-06-01 12:00:00+00', '12:00:00+05:45', '2024-06-01 12:00:00')")
        .execute()
        .block(T);
    String json =
        kathmandu
            .client()
            .sql("SELECT to_jsonb(tz)::text FROM tz WHERE id = 2")
            .first((r, m) -> r.get(0, String.class))
            .block(T);
    assertThat(json).contains("\"at\": \"2024-06-01T17:45:00+05:45\"");
    var node = TypeFixtures.registry().objectMapper().readTree(json);
    Object at = TypeFixtures.registry().decodeJson("timestamptz", node.get("at"));
    Object nativeInUtc =
        utc.client()
            .sql("SELECT at FROM tz WHERE id = 2")
            .first((r, m) -> r.get(0, OffsetDateTime.class))
            .block(T);
    assertThat(at)
        .isEqualTo(nativeInUtc)
        .isEqualTo(OffsetDateTime.of(2024, 6, 1, 12, 0, 0, 0, ZoneOffset.UTC));
    assertThat(TypeFixtures.registry().decodeJson("timetz", node.get("t")))
        .isEqualTo(OffsetTime.of(12, 0, 0, 0, ZoneOffset.ofHoursMinutes(5, 45)));
  }
}
