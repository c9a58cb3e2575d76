package io.pgorm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgorm.test.PgTest;
import io.pgorm.test.TestDatabase;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Binding: immutable steps, the latest bind of an index wins, and many binds (a chain, flattened
 * once per run) reach the server in order. Its cost per bind is measured in {@code
 * pgorm-reactive-bench} ({@code SqlBindBenchmark}), not here.
 */
@PgTest
class SqlBindTest {

  private static PgOrm client(TestDatabase database) {
    return PgOrm.create(
        PgOrmConfig.builder().url(database.url()).sslMode(SslMode.DISABLE).maxSize(1).build());
  }

  @Test
  void stepsAreImmutableAndTheLatestBindWins(TestDatabase database) {
    try (PgOrm db = client(database)) {
      Sql base = db.sql("SELECT $1::int, $2::text");
      DefaultSql one = (DefaultSql) base.bind(0, 1);
      DefaultSql two = (DefaultSql) one.bind(1, "a").bind(0, 2);
      DefaultSql other = (DefaultSql) one.bind(1, "b");
      assertThat(one.binds()).containsExactly(1);
      assertThat(two.binds()).containsExactly(2, "a");
      assertThat(other.binds()).containsExactly(1, "b");
      assertThat(((DefaultSql) base).binds()).isEmpty();
      assertThat(two.toString()).isEqualTo("Sql[SELECT $1::int, $2::text, 2 bound]");
      String row =
          two.map((r, m) -> r.get(0, Integer.class) + r.get(1, String.class))
              .blockFirst(Duration.ofSeconds(10));
      assertThat(row).isEqualTo("2a");
    }
  }

  @Test
  void aGapIsReportedWithTheMissingParameter(TestDatabase database) {
    try (PgOrm db = client(database)) {
      Sql gap = db.sql("SELECT $1::int, $2::int, $3::int").bind(2, 3).bind(0, 1);
      assertThatThrownBy(() -> gap.execute().block(Duration.ofSeconds(10)))
          .hasMessageContaining("parameter $2 of [SELECT $1::int, $2::int, $3::int] is not bound")
          .hasMessageContaining("bound: 3");
    }
  }

  @Test
  void twentyThousandBindsReachTheServerInOrder(TestDatabase database) {
    int n = 20_000;
    String sql =
        "SELECT (SELECT sum(x * o) FROM unnest(ARRAY["
            + IntStream.rangeClosed(1, n)
                .mapToObj(i -> "$" + i + "::int8")
                .collect(Collectors.joining(","))
            + "]) WITH ORDINALITY AS t(x, o))::int8";
    try (PgOrm db = client(database)) {
      Sql s = db.sql(sql);
      // Bound last to first, so that the order the values arrive in is not the bind order.
      for (int i = n - 1; i >= 0; i--) {
        s = s.bind(i, (long) i + 1);
      }
      Long weighted = s.first((r, m) -> r.get(0, Long.class)).block(Duration.ofSeconds(60));
      long expected = 0;
      for (long i = 1; i <= n; i++) {
        expected += i * i;
      }
      assertThat(weighted).isEqualTo(expected);
    }
  }
}
