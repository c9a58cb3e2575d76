package io.pgorm.internal.config;

import io.pgorm.PgOrmConfig;
import java.util.Map;

/**
 * Applies {@code PGORM_URL}, or else libpq's {@code PG*} variables, to a builder. The variable
 * names and meanings are libpq's, so an environment set up for psql works unchanged.
 */
public final class EnvironmentSettings {

  /** libpq variable → the option it sets. */
  private static final Map<String, ConfigOption> LIBPQ =
      Map.of(
          "PGHOST", ConfigOption.HOST,
          "PGPORT", ConfigOption.PORT,
          "PGDATABASE", ConfigOption.DATABASE,
          "PGUSER", ConfigOption.USER,
          "PGPASSWORD", ConfigOption.PASSWORD,
          "PGSSLMODE", ConfigOption.SSL_MODE,
          "PGAPPNAME", ConfigOption.APPLICATION_NAME,
          "PGCONNECT_TIMEOUT", ConfigOption.CONNECT_TIMEOUT,
          "PGOPTIONS", ConfigOption.OPTIONS);

  private EnvironmentSettings() {}

  public static void applyTo(PgOrmConfig.Builder builder, Map<String, String> env) {
    String url = env.get("PGORM_URL");
    if (url != null && !url.isBlank()) {
      ConnectionUrl.parse(url, "PGORM_URL").applyTo(builder);
      return;
    }
    // Fixed order, so that an error always names the same variable first.
    for (String name :
        new String[] {
          "PGHOST",
          "PGPORT",
          "PGDATABASE",
          "PGUSER",
          "PGPASSWORD",
          "PGSSLMODE",
          "PGAPPNAME",
          "PGCONNECT_TIMEOUT",
          "PGOPTIONS"
        }) {
      String value = env.get(name);
      if (value != null && !value.isEmpty()) {
        if (name.equals("PGHOST") && value.startsWith("/")) {
          throw new io.pgorm.error.ConfigurationException(
              name,
              "Unix socket directories ('" + value + "') are not supported",
              "the environment",
              "set PGHOST to a host name such as localhost");
        }
        ConnectionUrl.apply(builder, LIBPQ.get(name), name, value, "the environment");
      }
    }
  }
}
