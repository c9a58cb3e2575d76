package io.pgorm.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgorm.test.PgTest;
import io.pgorm.test.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@PgTest
class QuickstartTest {

  @Test
  @Tag("smoke")
  void runsAgainstAFreshDatabase(TestDatabase db) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Quickstart.run(
        db.url() + "?sslmode=disable", new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out).contains("inserted 3 rows in one transaction");
    assertThat(out).contains("title=ship it").contains("title=run the migration");
    assertThat(out).contains("pool: PoolStats[acquired=0");
    assertThat(out).contains("migrations applied now: 1");
    assertThat(out)
        .contains("change: INSERT todo 1 \"write the schema\"")
        .contains("change: INSERT todo 3 \"ship it\"");
    assertThat(out).contains(" commit(s), ");
  }
}
