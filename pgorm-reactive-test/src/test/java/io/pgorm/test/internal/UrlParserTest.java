package io.pgorm.test.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgorm.test.TestDatabaseException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlParserTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "postgresql://alice:s3cret@db.example:6543/shop",
        "postgres://alice:s3cret@db.example:6543/shop",
        "r2dbc:postgresql://alice:s3cret@db.example:6543/shop",
        "R2DBC:Postgres://alice:s3cret@db.example:6543/shop",
        "  postgresql://alice:s3cret@db.example:6543/shop\n"
      })
  void acceptsTheThreeForms(String url) {
    Endpoint endpoint = UrlParser.parse("PGORM_TEST_URL", url);

    assertThat(endpoint)
        .isEqualTo(new Endpoint("db.example", 6543, "alice", "s3cret", "shop", Map.of()));
  }

  @Test
  void defaultsUserPortAndDatabaseAndTreatsAnEmptyPasswordAsNone() {
    assertThat(UrlParser.parse("V", "postgresql://127.0.0.1"))
        .isEqualTo(new Endpoint("127.0.0.1", 5432, "postgres", null, "postgres", Map.of()));
    assertThat(UrlParser.parse("V", "postgresql://bob:@h/"))
        .isEqualTo(new Endpoint("h", 5432, "bob", null, "postgres", Map.of()));
  }

  @Test
  void decodesEscapesKeepsPlusSignsAndReadsIpv6Hosts() {
    Endpoint endpoint = UrlParser.parse("V", "postgresql://a%40b:p+w%2Fd@[::1]:5433/my%20db");

    assertThat(endpoint).isEqualTo(new Endpoint("::1", 5433, "a@b", "p+w/d", "my db", Map.of()));
    assertThat(endpoint.url()).isEqualTo("postgresql://a%40b:p%2Bw%2Fd@[::1]:5433/my%20db");
  }

  @Test
  void keepsQueryParametersInBothUrlForms() {
    Endpoint endpoint =
        UrlParser.parse("V", "postgres://u@h:1/d?sslmode=disable&applicationName=it");

    assertThat(endpoint.params())
        .containsExactly(Map.entry("sslmode", "disable"), Map.entry("applicationName", "it"));
    assertThat(endpoint.url()).isEqualTo("postgresql://u@h:1/d?sslmode=disable&applicationName=it");
    assertThat(endpoint.r2dbcUrl()).isEqualTo("r2dbc:" + endpoint.url());
  }

  @Test
  void masksThePasswordWhenPrinted() {
    Endpoint endpoint = UrlParser.parse("V", "postgresql://u:topsecret@h/d");

    assertThat(endpoint.toString()).isEqualTo("postgresql://u:***@h:5432/d");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "mysql://u@h/d | \"mysql://u@h/d\"): it does not start with postgresql://",
        "jdbc:postgresql://h/d?user=u | JDBC URLs are not accepted",
        "postgresql://u:pw@h:54x2/d | \"postgresql://u:***@h:54x2/d\"): the port \"54x2\" is"
            + " not a number from 1 to 65535",
        "postgresql://h:70000/d | the port \"70000\" is not a number from 1 to 65535",
        "postgresql://u@/d | the host is missing (Unix sockets are not supported)",
        "postgresql://h1:5432,h2:5432/d | several hosts (\"h1:5432,h2:5432\") are not supported",
        "postgresql://u:p%zz@h/d | the password has a malformed %-escape",
        "postgresql://h/a/b | the path \"/a/b\" names more than one database",
        "postgresql://h/d?sslmode | the query parameter \"sslmode\" is not name=value",
        "postgresql://[::1/d | the IPv6 host \"[::1\" lacks its closing ']'"
      })
  void explainsWhatIsWrongAndNamesTheVariable(String url, String problem) {
    assertThatThrownBy(() -> UrlParser.parse("PGORM_TEST_URL", url))
        .isInstanceOf(TestDatabaseException.class)
        .hasNoCause()
        .hasMessageStartingWith("PGORM_TEST_URL is not a usable PostgreSQL URL (\"")
        .hasMessageContaining(problem)
        .hasMessageEndingWith(
            ". Expected postgresql://user:password@host:port/database"
                + " (also postgres://... or r2dbc:postgresql://...).");
  }

  @Test
  void neverShowsThePasswordInErrors() {
    assertThatThrownBy(() -> UrlParser.parse("PGORM_URL", "postgresql://u:hunter2@h:x/d"))
        .hasMessage(
            "PGORM_URL is not a usable PostgreSQL URL (\"postgresql://u:***@h:x/d\"): the port"
                + " \"x\" is not a number from 1 to 65535. "
                + UrlParser.EXPECTED);
  }
}
