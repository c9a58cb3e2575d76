package io.pgorm.test.internal;

import io.pgorm.test.TestDatabaseException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One template database per server per JVM, cloned for each test database. Cloning {@code
 * template1} fails while any session is connected to it; this template refuses connections, so a
 * clone never waits on or fails for another session. It is dropped when the JVM exits, except on a
 * server that dies with the JVM anyway.
 */
public final class Templates {

  private static final Map<ServerSpec, String> BY_SERVER = new ConcurrentHashMap<>();

  private Templates() {}

  /** The template for {@code server}, created on the first call. */
  public static String of(ServerSpec server) {
    return BY_SERVER.computeIfAbsent(server, Templates::create);
  }

  private static String create(ServerSpec server) {
    String name = Names.template();
    Databases.createFromTemplate0(server.admin(), name, "template database " + name);
    try {
      Sql.execute(
          server.admin(),
          "Making " + name + " a template",
          "ALTER DATABASE " + Sql.ident(name) + " WITH IS_TEMPLATE true ALLOW_CONNECTIONS false");
    } catch (TestDatabaseException e) {
      Databases.drop(server.admin(), name);
      throw e;
    }
    if (!server.disposable()) {
      Runtime.getRuntime()
          .addShutdownHook(new Thread(() -> dropQuietly(server, name), "pgorm-template-drop"));
    }
    return name;
  }

  private static void dropQuietly(ServerSpec server, String name) {
    try {
      Sql.execute(
          server.admin(),
          "Dropping template " + name,
          "ALTER DATABASE " + Sql.ident(name) + " WITH IS_TEMPLATE false",
          "DROP DATABASE IF EXISTS " + Sql.ident(name) + " WITH (FORCE)");
    } catch (RuntimeException e) {
      // The JVM is exiting: nobody is left to act on it; the name says what it was.
      System.err.println("pgorm-reactive-test: " + e.getMessage());
    }
  }
}
