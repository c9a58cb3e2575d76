package io.pgorm.internal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgorm.PgOrmConfig;
import io.pgorm.PoolValidation;
import io.pgorm.SslMode;
import io.pgorm.error.ConfigurationException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConnectionUrlTest {

  private static PgOrmConfig parse(String url) {
    return PgOrmConfig.builder().url(url).build();
  }

  @Test
  void readsEveryPartOfAFullUrl() {
    PgOrmConfig c =
        parse(
            "postgresql://app:s3cret@db.example.com:6543/orders?sslmode=verify-full"
                + "&application_name=billing&connect_timeout=3&statement_timeout=250"
                + "&maxSize=4&minIdle=1&acquireTimeout=2s&maxLifetime=PT1H&validation=remote"
                + "&options=-c%20search_path%3Dapp,public");
    assertThat(c.username()).isEqualTo("app");
    assertThat(c.password()).isEqualTo("s3cret");
    assertThat(c.host()).isEqualTo("db.example.com");
    assertThat(c.port()).isEqualTo(6543);
    assertThat(c.database()).isEqualTo("orders");
    assertThat(c.sslMode()).isEqualTo(SslMode.VERIFY_FULL);
    assertThat(c.applicationName()).isEqualTo("billing");
    assertThat(c.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
    assertThat(c.statementTimeout()).isEqualTo(Duration.ofMillis(250));
    assertThat(c.maxSize()).isEqualTo(4);
    assertThat(c.minIdle()).isEqualTo(1);
    assertThat(c.acquireTimeout()).isEqualTo(Duration.ofSeconds(2));
    assertThat(c.maxLifetime()).isEqualTo(Duration.ofHours(1));
    assertThat(c.validation()).isEqualTo(PoolValidation.REMOTE);
    assertThat(c.serverParameters()).containsEntry("search_path", "app,public");
  }

  @Test
  void acceptsR2dbcAndShortSchemesAndIpv6() {
    assertThat(parse("r2dbc:postgresql://u@[::1]:5433/d").host()).isEqualTo("::1");
    assertThat(parse("r2dbc:postgresql://u@[::1]:5433/d").port()).isEqualTo(5433);
    assertThat(parse("postgres://u@h/d").database()).isEqualTo("d");
  }

  @Test
  void decodesPercentEscapesButKeepsPlusSigns() {
    PgOrmConfig c = parse("postgresql://us%40er:p+a%3Ass@h/my%20db");
    assertThat(c.username()).isEqualTo("us@er");
    assertThat(c.password()).isEqualTo("p+a:ss");
    assertThat(c.database()).isEqualTo("my db");
  }

  @Test
  void passwordWithAtSignUsesTheLastAt() {
    assertThat(parse("postgresql://u:p@ss@h/d").password()).isEqualTo("p@ss");
  }

  @Test
  void defaultsWhereTheUrlIsSilent() {
    PgOrmConfig c = parse("postgresql://bob@h");
    assertThat(c.port()).isEqualTo(5432);
    assertThat(c.database()).isEqualTo("bob");
    assertThat(c.sslMode()).isEqualTo(SslMode.PREFER);
    assertThat(c.preparedStatementCacheSize()).isEqualTo(256);
  }

  @Test
  void unknownSchemeIsNamedWithAHint() {
    assertThatThrownBy(() -> parse("mysql://u@h/d"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage(
            "Invalid connection URL in the URL: it does not start with postgresql://, postgres://"
                + " or r2dbc:postgresql://. URL: mysql://u@h/d."
                + " Hint: write e.g. postgresql://user:password@localhost:5432/mydb");
  }

  @Test
  void unknownOptionIsNamedAndThePasswordHidden() {
    assertThatThrownBy(() -> parse("postgresql://u:topsecret@h/d?sslmod=require"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith(
            "Invalid connection URL in the URL: unknown option 'sslmod'. URL:"
                + " postgresql://u:***@h/d?sslmod=require. Hint: known options: ")
        .hasMessageNotContaining("topsecret");
  }

  @Test
  void badPortIsNamed() {
    assertThatThrownBy(() -> parse("postgresql://u@h:54x2/d"))
        .hasMessageContaining("the port '54x2' is not a number");
    assertThatThrownBy(() -> parse("postgresql://u@h:99999/d"))
        .hasMessageContaining("port 99999 is out of range; expected 1 to 65535");
  }

  @Test
  void badValuesNameTheOption() {
    assertThatThrownBy(() -> parse("postgresql://u@h/d?sslmode=sometimes"))
        .hasMessage(
            "Invalid ssl_mode in the URL: unknown SSL mode 'sometimes'; expected one of disable,"
                + " allow, prefer, require, verify-ca, verify-full");
    assertThatThrownBy(() -> parse("postgresql://u@h/d?acquireTimeout=soon"))
        .hasMessage(
            "Invalid acquire_timeout in the URL: 'soon' is not a duration; write e.g. 500ms, 10s,"
                + " 5m, 1h or PT10S");
    assertThatThrownBy(() -> parse("postgresql://u@h/d?maxSize=0"))
        .hasMessage("maxSize 0 is invalid; expected at least 1");
  }

  @Test
  void severalHostsAreRefusedClearly() {
    assertThatThrownBy(() -> parse("postgresql://u@h1,h2/d"))
        .hasMessageContaining("it names several hosts ('h1,h2')");
  }

  @Test
  void environmentPrefersPgormUrlOverLibpqVariables() {
    PgOrmConfig c =
        PgOrmConfig.builder()
            .fromEnvironment(Map.of("PGORM_URL", "postgresql://a@h1/x", "PGHOST", "h2"))
            .build();
    assertThat(c.host()).isEqualTo("h1");
  }

  @Test
  void environmentReadsLibpqVariables() {
    PgOrmConfig c =
        PgOrmConfig.builder()
            .fromEnvironment(
                Map.of(
                    "PGHOST", "h2",
                    "PGPORT", "5440",
                    "PGUSER", "carol",
                    "PGDATABASE", "shop",
                    "PGPASSWORD", "pw",
                    "PGSSLMODE", "disable",
                    "PGAPPNAME", "worker",
                    "PGCONNECT_TIMEOUT", "7",
                    "PGOPTIONS", "-c statement_timeout=5s"))
            .build();
    assertThat(c.describe()).isEqualTo("postgresql://carol@h2:5440/shop");
    assertThat(c.password()).isEqualTo("pw");
    assertThat(c.sslMode()).isEqualTo(SslMode.DISABLE);
    assertThat(c.applicationName()).isEqualTo("worker");
    assertThat(c.connectTimeout()).isEqualTo(Duration.ofSeconds(7));
    assertThat(c.serverParameters()).containsEntry("statement_timeout", "5s");
  }

  @Test
  void badEnvironmentValueNamesTheVariable() {
    assertThatThrownBy(
            () -> PgOrmConfig.builder().fromEnvironment(Map.of("PGPORT", "five")).build())
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith("Invalid port in PGPORT: ");
    assertThatThrownBy(
            () -> PgOrmConfig.builder().fromEnvironment(Map.of("PGORM_URL", "localhost")).build())
        .hasMessageStartingWith("Invalid connection URL in PGORM_URL: ");
  }

  @Test
  void minIdleAboveMaxSizeIsRefusedAtBuild() {
    assertThatThrownBy(() -> PgOrmConfig.builder().maxSize(2).minIdle(3).build())
        .hasMessage("minIdle 3 is invalid; expected 0 to maxSize (2)");
  }
}
