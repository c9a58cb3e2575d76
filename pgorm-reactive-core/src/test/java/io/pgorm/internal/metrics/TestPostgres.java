package io.pgorm.internal.metrics;

import io.r2dbc.postgresql.PostgresqlConnectionConfiguration;
import io.r2dbc.postgresql.PostgresqlConnectionFactory;
import java.net.URI;

/**
 * Where the pool tests find PostgreSQL until the shared test extension lands: {@code
 * PGORM_TEST_URL} in the form {@code postgresql://user[:password]@host:port/database}, else {@code
 * postgres@127.0.0.1:5432/postgres}. Swap this one class for the extension later.
 */
final class TestPostgres {

  private static final String DEFAULT_URL = "postgresql://postgres@127.0.0.1:5432/postgres";

  private TestPostgres() {}

  static PostgresqlConnectionFactory connectionFactory() {
    String url = System.getenv("PGORM_TEST_URL");
    URI uri = URI.create(url == null || url.isBlank() ? DEFAULT_URL : url);
    String userInfo = uri.getUserInfo() == null ? "postgres" : uri.getUserInfo();
    int colon = userInfo.indexOf(':');
    PostgresqlConnectionConfiguration.Builder builder =
        PostgresqlConnectionConfiguration.builder()
            .host(uri.getHost() == null ? "127.0.0.1" : uri.getHost())
            .port(uri.getPort() < 0 ? 5432 : uri.getPort())
            .username(colon < 0 ? userInfo : userInfo.substring(0, colon))
            .database(
                uri.getPath() == null || uri.getPath().length() <= 1
                    ? "postgres"
                    : uri.getPath().substring(1));
    if (colon >= 0) {
      builder.password(userInfo.substring(colon + 1));
    }
    return new PostgresqlConnectionFactory(builder.build());
  }
}
