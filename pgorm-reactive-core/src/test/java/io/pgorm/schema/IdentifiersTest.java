package io.pgorm.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgorm.PgOrm;
import io.pgorm.PgOrmConfig;
import io.pgorm.SslMode;
import io.pgorm.test.PgTest;
import io.pgorm.test.TestDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Identifiers#quote} agrees with the server's {@code quote_ident}, and {@link
 * Identifiers#nameOf} reads back every name it writes.
 */
@PgTest
class IdentifiersTest {

  @Test
  void everyKeywordAndOddNameIsQuotedAsTheServerQuotesIt(TestDatabase database) {
    try (PgOrm db = client(database)) {
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
              .filter(p -> !Identifiers.quote(p[0]).equals(p[1]))
              .map(p -> p[0] + " -> ours " + Identifiers.quote(p[0]) + ", server " + p[1])
              .collectList()
              .block(Duration.ofSeconds(30));
      assertThat(mismatches).isEmpty();
    }
  }

  @Test
  void onlyReservedKeywordsAreNotReadAsBareNames(TestDatabase database) {
    try (PgOrm db = client(database)) {
      List<String> mismatches =
          db.sql("SELECT word, catcode = 'R' FROM pg_get_keywords()")
              .map((r, m) -> new Object[] {r.get(0, String.class), r.get(1, Boolean.class)})
              .filter(p -> (Identifiers.nameOf((String) p[0]) == null) != (Boolean) p[1])
              .map(p -> p[0] + (Boolean.TRUE.equals(p[1]) ? " is reserved" : " is not reserved"))
              .collectList()
              .block(Duration.ofSeconds(30));
      assertThat(mismatches).isEmpty();
    }
  }

  @Test
  void whatIsQuotedReadsBackAsTheName() {
    for (String name : List.of("plain", "Mixed", "a\"b", "a$", "order", "integer", "left", "_a")) {
      assertThat(Identifiers.nameOf(Identifiers.quote(name))).as(name).isEqualTo(name);
    }
    assertThat(Identifiers.quote("a$")).isEqualTo("\"a$\"");
    assertThat(Identifiers.nameOf("a$")).isEqualTo("a$");
    assertThat(Identifiers.nameOf("time")).isEqualTo("time"); // a column-name keyword reads bare
    assertThat(Identifiers.nameOf("order")).isNull(); // a reserved word does not
    assertThat(Identifiers.nameOf("lower(a)")).isNull();
    assertThat(Identifiers.nameOf("\"a\"b\"")).isNull();
  }

  private static PgOrm client(TestDatabase database) {
    return PgOrm.create(
        PgOrmConfig.builder()
            .url(database.url())
            .sslMode(SslMode.DISABLE)
            .applicationName("pgorm-identifiers-test")
            .maxSize(2)
            .build());
  }
}
