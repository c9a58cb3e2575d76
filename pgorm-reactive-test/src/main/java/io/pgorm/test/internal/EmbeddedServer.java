package io.pgorm.test.internal;

import io.pgorm.test.TestDatabaseException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Embedded PostgreSQL 17 from Maven (io.zonky.test), started at most once per JVM and stopped by
 * zonky's shutdown hook, which also deletes the data directory. zonky runs initdb with trust
 * authentication and superuser {@code postgres}; as root it runs the server through {@code unshare
 * -U}, since PostgreSQL refuses to run as root.
 */
public final class EmbeddedServer {

  private static @Nullable ServerSpec spec;
  private static int starts;

  private EmbeddedServer() {}

  /** The running server, started on the first call. */
  public static synchronized ServerSpec get() {
    if (spec == null) {
      spec = start();
      starts++;
    }
    return spec;
  }

  /** How many times a server was started in this JVM: 0 or 1. */
  public static synchronized int starts() {
    return starts;
  }

  private static ServerSpec start() {
    Path data =
        Path.of(System.getProperty("java.io.tmpdir"), "pgorm-embedded", "data-" + Names.token());
    int port = freePort();
    EmbeddedPostgres server;
    try {
      server =
          EmbeddedPostgres.builder()
              .setDataDirectory(data)
              .setCleanDataDirectory(true)
              .setRegisterShutdownHook(true)
              .setPort(port)
              .setPGStartupWait(Duration.ofSeconds(60))
              // Test data need not survive a crash: skip the disk flushes.
              .setServerConfig("fsync", "off")
              .setServerConfig("synchronous_commit", "off")
              .setServerConfig("full_page_writes", "off")
              .setServerConfig("max_connections", "200")
              .start();
    } catch (IOException | RuntimeException e) {
      throw new TestDatabaseException(
          "Embedded PostgreSQL did not start (data directory "
              + data
              + ", port "
              + port
              + "): "
              + e.getMessage()
              + ". Set PGORM_TEST_URL to a running server to skip it.",
          e);
    }
    Endpoint admin =
        new Endpoint("localhost", server.getPort(), "postgres", null, "postgres", Map.of());
    String version = Sql.strings(admin, "Reading the server version", "SHOW server_version").get(0);
    return new ServerSpec("embedded PostgreSQL " + version, admin, true);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new TestDatabaseException("No free TCP port for embedded PostgreSQL: " + e, e);
    }
  }
}
