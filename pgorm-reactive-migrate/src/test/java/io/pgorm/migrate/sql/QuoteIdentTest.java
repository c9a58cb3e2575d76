package io.pgorm.migrate.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgorm.PgOrm;
import io.pgorm.migrate.Databases;
import io.pgorm.test.PgTest;
import io.pgorm.test.TestDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link SqlText#quoteIdent} agrees with the server's {@code quote_ident}. */
@PgTest
class QuoteIdentTest {

  @Test
  void everyKeywordAndOddNameIsQuotedAsTheServerQuotesIt(TestDatabase database) {
    try (PgOrm db = Databases.client(database)) {
      List<String> names =
          new ArrayList<>(
              db.sql("SELECT word FROM pg_get_keywords()")
                  .map((r, m) -> r.get(0, String.class))
                  .collectList()
                  .block(Duration.ofSeconds(30)));
      assertThat(names).hasSizeGreaterThan(400);
      names.addAll(
          List.of(
              "plain",
              "Mixed",
              "with space",
              "größe",
              "Straße",
              "naïve",
              "日本",
              "a\"b",
              "1a",
              "_a",
              "a$",
              "a-b",
              "A",
              "z9_"));
      List<String> mismatches =
          db.sql("SELECT n, quote_ident(n) FROM unnest($1::text[]) n")
              .bind(0, names.toArray(String[]::new))
              .map((r, m) -> new String[] {r.get(0, String.class), r.get(1, String.class)})
              .filter(p -> !SqlText.quoteIdent(p[0]).equals(p[1]))
              .map(p -> p[0] + " -> ours " + SqlText.quoteIdent(p[0]) + ", server " + p[1])
              .collectList()
              .block(Duration.ofSeconds(30));
      assertThat(mismatches).isEmpty();
    }
  }
}
