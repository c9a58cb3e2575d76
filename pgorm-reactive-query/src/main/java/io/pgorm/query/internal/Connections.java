package io.pgorm.query.internal;

import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.Wrapped;

/** Reaching the driver's connection under the pool's wrapper. */
public final class Connections {

  private Connections() {}

  /**
   * The r2dbc-postgresql connection behind {@code connection}.
   *
   * @throws IllegalStateException when there is none
   */
  public static PostgresqlConnection postgres(Connection connection) {
    Object c = connection;
    for (int i = 0; i < 5; i++) {
      if (c instanceof PostgresqlConnection pg) {
        return pg;
      }
      if (c instanceof Wrapped<?> w) {
        c = w.unwrap();
      } else {
        break;
      }
    }
    throw new IllegalStateException(
        "not an r2dbc-postgresql connection: " + connection.getClass().getName());
  }
}
