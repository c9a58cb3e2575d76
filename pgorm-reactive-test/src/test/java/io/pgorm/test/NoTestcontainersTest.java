package io.pgorm.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Without a Docker engine, resolving must not load Testcontainers: its discovery is slow and noisy.
 * A class loader defines a package when it loads the package's first class.
 */
@Tag("smoke")
class NoTestcontainersTest {

  @Test
  void autoModeWithoutDockerNeverLoadsTestcontainers() {
    Map<String, String> settings = Map.of("DOCKER_HOST", "unix:///nonexistent/docker.sock");
    DatabaseServer server =
        new DatabaseResolver("PGORM_TEST_URL", "PGORM_TEST_MODE", settings::get).resolve();

    assertThat(server.label()).startsWith("embedded PostgreSQL 17.");
    ClassLoader loader = DatabaseResolver.class.getClassLoader();
    assertThat(loader.getDefinedPackage("io.pgorm.test.internal")).isNotNull();
    assertThat(loader.getDefinedPackage("org.testcontainers")).isNull();
    assertThat(loader.getDefinedPackage("org.testcontainers.containers")).isNull();
    assertThat(loader.getDefinedPackage("org.testcontainers.postgresql")).isNull();
  }
}
