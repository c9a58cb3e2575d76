package io.pgorm.test;

import io.pgorm.test.internal.Endpoint;
import io.r2dbc.postgresql.PostgresqlConnectionFactory;
import java.util.Objects;

/**
 * A non-superuser login role on one test database, from {@link TestDatabase#appRole()}. Row-level
 * security applies to it, unlike to the superuser. Thread-safe.
 */
public final class DatabaseRole {

  private final Endpoint endpoint;
  private final String password;
  private final PostgresqlConnectionFactory factory;

  DatabaseRole(Endpoint endpoint) {
    this.endpoint = endpoint;
    this.password = Objects.requireNonNull(endpoint.password(), "an app role has a password");
    this.factory = endpoint.connectionFactory();
  }

  /** The role's (login) name: {@code pgorm_app_<random>}. */
  public String user() {
    return endpoint.user();
  }

  /** The role's random password (a trust-auth server does not ask for it). */
  public String password() {
    return password;
  }

  /** The database the role is for. */
  public String database() {
    return endpoint.database();
  }

  /** The role's URL: {@code postgresql://user:password@host:port/database}. */
  public String url() {
    return endpoint.url();
  }

  /** The role's R2DBC URL: {@code r2dbc:postgresql://user:password@host:port/database}. */
  public String r2dbcUrl() {
    return endpoint.r2dbcUrl();
  }

  /**
   * A connection factory for the role, the same instance on every call. It holds no connection:
   * each subscription to {@code create()} opens one, which the subscriber must close.
   */
  public PostgresqlConnectionFactory connectionFactory() {
    return factory;
  }

  /** The role and database, without the password. */
  @Override
  public String toString() {
    return "role " + user() + " on database " + database();
  }
}
