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
            "Invalid option 'url' in the URL: it does not start with postgresql://, postgres://"
                + " or r2dbc:postgresql:// in mysql://u@h/d."
                + " Hint: write e.g. postgresql://user:password@localhost:5432/mydb.");
  }

  @Test
  void unknownOptionIsNamedAndThePasswordHidden() {
    assertThatThrownBy(() -> parse("postgresql://u:topsecret@h/d?sslmod=require"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith(
            "Invalid option 'sslmod' in the URL: is not a known option in"
                + " postgresql://u:***@h/d?sslmod=require. Hint: known options: ")
        .hasMessageNotContaining("topsecret");
  }

  @Test
  void badPortIsNamed() {
    assertThatThrownBy(() -> parse("postgresql://u@h:54x2/d"))
        .hasMessage(
            "Invalid option 'port' in the URL: '54x2' is not a number in postgresql://u@h:54x2/d."
                + " Hint: write e.g. localhost:5432.");
    assertThatThrownBy(() -> parse("postgresql://u@h:99999/d"))
        .hasMessage(
            "Invalid option 'port' in the URL: must be 1 to 65535, was 99999."
                + " Hint: the default is 5432.");
  }

  @Test
  void badValuesNameTheOption() {
    assertThatThrownBy(() -> parse("postgresql://u@h/d?sslmode=sometimes"))
        .hasMessage(
            "Invalid option 'sslmode' in the URL: unknown SSL mode 'sometimes'; expected one of"
                + " disable, allow, prefer, require, verify-ca, verify-full.");
    assertThatThrownBy(() -> parse("postgresql://u@h/d?acquireTimeout=soon"))
        .hasMessage(
            "Invalid option 'acquireTimeout' in the URL: 'soon' is not a duration; write e.g."
                + " 500ms, 10s, 5m, 1h or PT10S.");
    assertThatThrownBy(() -> parse("postgresql://u@h/d?maxSize=0"))
        .hasMessage("Invalid option 'maxSize': must be at least 1, was 0.");
  }

  @Test
  void severalHostsAreRefusedClearly() {
    assertThatThrownBy(() -> parse("postgresql://u@h1,h2/d"))
        .hasMessageContaining("Invalid option 'host' in the URL: several hosts ('h1,h2') are not");
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
        .hasMessage("Invalid option 'PGPORT' in the environment: 'five' is not a whole number.");
    assertThatThrownBy(
            () -> PgOrmConfig.builder().fromEnvironment(Map.of("PGORM_URL", "localhost")).build())
        .hasMessageStartingWith("Invalid option 'url' in PGORM_URL: it does not start with");
  }

  @Test
  void minIdleAboveMaxSizeIsRefusedAtBuild() {
    assertThatThrownBy(() -> PgOrmConfig.builder().maxSize(2).minIdle(3).build())
        .hasMessage("Invalid option 'minIdle': must be 0 to maxSize (2), was 3.");
  }
}
