package io.pgorm.examples.shop;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.pgorm.PgOrm;
import io.pgorm.PgOrmConfig;
import io.pgorm.SslMode;
import io.pgorm.examples.shop.db.SchemaTypes;
import io.pgorm.test.PgTest;
import io.pgorm.test.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Runs the generated repositories of shop.pgorm against a real server. */
@PgTest
class ShopRepositoriesTest {

  @Test
  void generatedRepositoriesReadAndWrite(TestDatabase database) {
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    PgOrmConfig config =
        PgOrmConfig.builder()
            .url(database.url())
            .sslMode(SslMode.DISABLE)
            .typeRegistry(SchemaTypes.registry())
            .meterRegistry(meters)
            .build();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    long cardSelects;
    try (PgOrm db = PgOrm.create(config)) {
      ShopRepositories.run(db, new PrintStream(bytes, true, StandardCharsets.UTF_8));
      // The include of 11 accounts' cards took one statement for all the cards.
      Timer cards =
          meters
              .find("pgorm.statement")
              .tag("table", "public.loyalty_card")
              .tag("operation", "select")
              .timer();
      cardSelects = cards == null ? 0 : cards.count();
    }
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out.lines())
        .containsExactly(
            "by email: User 0 (admin)",
            "User 1: no card",
            "User 10: 100 points",
            "User 11: no card",
            "User 12: 120 points",
            "User 13: no card",
            "User 14: 140 points",
            "User 15: no card",
            "User 16: 160 points",
            "User 17: no card",
            "User 18: 180 points",
            "User 19: no card",
            "region Region[country=FR, code=BY]; deleted DE/BY: true; left: 2");
    assertThat(cardSelects).isEqualTo(1);
  }
}
