package io.pgorm.test.internal;

import io.pgorm.test.TestDatabaseException;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * PostgreSQL 17 in a container, started at most once per JVM. The only class that names
 * Testcontainers: it is loaded only after {@link DockerProbe} found an engine, so a machine without
 * Docker never loads Testcontainers at all.
 */
public final class ContainerServer {

  /** The image; the major version matches the embedded server. */
  public static final String IMAGE = "postgres:17";

  private static @Nullable ServerSpec spec;

  private ContainerServer() {}

  /** The running container's server, started on the first call. */
  public static synchronized ServerSpec get() {
    if (spec == null) {
      spec = start();
    }
    return spec;
  }

  private static ServerSpec start() {
    String password = Names.password();
    PostgreSQLContainer container =
        new PostgreSQLContainer(DockerImageName.parse(IMAGE))
            .withUsername("postgres")
            .withPassword(password)
            .withDatabaseName("postgres");
    try {
      container.start();
    } catch (RuntimeException e) {
      throw new TestDatabaseException(
          "A Docker engine answered, but the "
              + IMAGE
              + " container did not start: "
              + e.getMessage()
              + ". Set PGORM_TEST_MODE=embedded (PGORM_MODE for examples) to skip Docker.",
          e);
    }
    // Ryuk would remove it too; stopping it ourselves also covers Ryuk being disabled.
    Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "pgorm-container-stop"));
    Endpoint admin =
        new Endpoint(
            container.getHost(),
            container.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT),
            "postgres",
            password,
            "postgres",
            Map.of());
    return new ServerSpec("testcontainers", admin, true);
  }
}
