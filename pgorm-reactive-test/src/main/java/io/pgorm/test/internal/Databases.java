package io.pgorm.test.internal;

import io.pgorm.test.TestDatabaseException;

/** CREATE and DROP of databases and the application role, as the server's superuser. */
public final class Databases {

  private Databases() {}

  /**
   * Creates {@code name} from {@code template0} in UTF8 with the server's locale, or with the C
   * locale when the server's locale does not fit UTF8 (e.g. a LATIN1 cluster).
   */
  public static void createFromTemplate0(Endpoint admin, String name, String what) {
    String create = "CREATE DATABASE " + Sql.ident(name) + " TEMPLATE template0 ENCODING 'UTF8'";
    try {
      Sql.execute(admin, "Creating " + what, create);
    } catch (TestDatabaseException e) {
      if (!e.getMessage().contains("[22023]")) {
        throw e;
      }
      Sql.execute(admin, "Creating database " + name, create + " LC_COLLATE 'C' LC_CTYPE 'C'");
    }
  }

  /** Creates {@code name} as a clone of {@code template}. */
  public static void createFrom(Endpoint admin, String name, String template) {
    Sql.execute(
        admin,
        "Creating database " + name + " from template " + template,
        "CREATE DATABASE " + Sql.ident(name) + " TEMPLATE " + Sql.ident(template));
  }

  /** Whether a database called {@code name} exists. */
  public static boolean exists(Endpoint admin, String name) {
    return !Sql.strings(
            admin,
            "Looking up database " + name,
            "SELECT datname FROM pg_database WHERE datname = $1",
            name)
        .isEmpty();
  }

  /** Drops {@code name} if it exists, ending its sessions first (PostgreSQL 13+). */
  public static void drop(Endpoint admin, String name) {
    Sql.execute(
        admin,
        "Dropping database " + name,
        "DROP DATABASE IF EXISTS " + Sql.ident(name) + " WITH (FORCE)");
  }

  /**
   * Creates a login role that is neither superuser nor exempt from row-level security, able to
   * connect to {@code database} and to create and use objects in its schema {@code public}, and
   * given access to what the superuser creates there later. Returns the role's endpoint.
   */
  public static Endpoint createAppRole(
      Endpoint admin, String database, String role, String password) {
    String r = Sql.ident(role);
    Sql.execute(
        admin,
        "Creating role " + role + " for database " + database,
        "CREATE ROLE "
            + r
            + " LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOREPLICATION PASSWORD "
            + Sql.literal(password),
        "GRANT CONNECT, TEMPORARY, CREATE ON DATABASE " + Sql.ident(database) + " TO " + r);
    String owner = Sql.ident(admin.user());
    // PostgreSQL 15 no longer lets non-owners create in schema public.
    Sql.execute(
        admin.withDatabase(database),
        "Granting role " + role + " access to schema public of " + database,
        "GRANT ALL ON SCHEMA public TO " + r,
        "GRANT ALL ON ALL TABLES IN SCHEMA public TO " + r,
        "GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO " + r,
        "ALTER DEFAULT PRIVILEGES FOR ROLE " + owner + " GRANT ALL ON TABLES TO " + r,
        "ALTER DEFAULT PRIVILEGES FOR ROLE " + owner + " GRANT ALL ON SEQUENCES TO " + r);
    return admin.withDatabase(database).withLogin(role, password);
  }

  /** Drops the role {@code name} if it exists; run after dropping the database it was for. */
  public static void dropRole(Endpoint admin, String name) {
    Sql.execute(admin, "Dropping role " + name, "DROP ROLE IF EXISTS " + Sql.ident(name));
  }
}
