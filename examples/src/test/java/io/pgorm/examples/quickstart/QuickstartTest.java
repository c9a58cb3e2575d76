package io.pgorm.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgorm.test.PgTest;
import io.pgorm.test.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
    // Typed events: each inserted row, decoded from the change log, prints exactly as the row a
    // query of the table returns (the generated Todo record, timestamps included).
    List<String> rows =
        out.lines().filter(l -> l.startsWith("  Todo[")).map(String::strip).toList();
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0)).startsWith("Todo[id=3, title=ship it, done=false, createdAt=");
    for (String row : rows) {
      assertThat(out).contains("change: INSERT " + row + System.lineSeparator());
    }
    assertThat(out).contains(" commit(s), ");
  }
}
