package io.pgorm.test;

import io.pgorm.test.internal.ContainerServer;
import io.pgorm.test.internal.DockerProbe;
import io.pgorm.test.internal.EmbeddedServer;
import io.pgorm.test.internal.ServerSpec;
import io.pgorm.test.internal.UrlParser;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Finds a PostgreSQL server, in this order:
 *
 * <ol>
 *   <li>a URL from {@code PGORM_TEST_URL} (tests) or {@code PGORM_URL} (examples), or from the
 *       system property of the same name in lower case with dots ({@code pgorm.test.url}), which
 *       wins over the variable; forms: {@code postgresql://user:password@host:port/database},
 *       {@code postgres://...}, {@code r2dbc:postgresql://...};
 *   <li>PostgreSQL 17 in a container (Testcontainers), if a Docker engine answers a ping within 500
 *       ms;
 *   <li>embedded PostgreSQL 17 (io.zonky.test), started once per JVM and stopped at its exit.
 * </ol>
 *
 * <p>{@code PGORM_TEST_MODE} / {@code pgorm.test.mode} (for examples {@code PGORM_MODE} / {@code
 * pgorm.mode}) forces one step: {@code url}, {@code docker} or {@code embedded}; {@code auto} (the
 * default) tries them in order.
 */
public final class DatabaseResolver {

  private static final Map<String, DatabaseServer> RESOLVED = new ConcurrentHashMap<>();

  private final String urlVariable;
  private final String modeVariable;
  private final Function<String, @Nullable String> lookup;

  DatabaseResolver(
      String urlVariable, String modeVariable, Function<String, @Nullable String> lookup) {
    this.urlVariable = urlVariable;
    this.modeVariable = modeVariable;
    this.lookup = lookup;
  }

  /** The resolver for tests: {@code PGORM_TEST_URL} and {@code PGORM_TEST_MODE}. */
  public static DatabaseResolver forTests() {
    return new DatabaseResolver("PGORM_TEST_URL", "PGORM_TEST_MODE", DatabaseResolver::setting);
  }

  /** The resolver for examples and demos: {@code PGORM_URL} and {@code PGORM_MODE}. */
  public static DatabaseResolver forExamples() {
    return new DatabaseResolver("PGORM_URL", "PGORM_MODE", DatabaseResolver::setting);
  }

  /**
   * The server, found on the first call for its source and the same instance afterwards in this
   * JVM. Blocks while a container or the embedded server starts (seconds; the first embedded start
   * also unpacks the binaries).
   *
   * @throws TestDatabaseException if the URL is malformed, the mode is unknown or cannot work here,
   *     or the server does not start; the message names the setting and a way out
   */
  public DatabaseServer resolve() {
    String mode = read(modeVariable);
    String url = read(urlVariable);
    switch (mode == null ? "auto" : mode.toLowerCase(Locale.ROOT)) {
      case "auto":
        if (url != null) {
          return fromUrl(url);
        }
        return DockerProbe.engineAnswers(lookup) ? fromDocker() : fromEmbedded();
      case "url":
        if (url == null) {
          throw new TestDatabaseException(
              describe(modeVariable) + " is url but " + describe(urlVariable) + " is not set.");
        }
        return fromUrl(url);
      case "docker":
        if (!DockerProbe.engineAnswers(lookup)) {
          throw new TestDatabaseException(
              describe(modeVariable)
                  + " is docker but no Docker engine answered GET /_ping within "
                  + DockerProbe.TIMEOUT.toMillis()
                  + " ms at "
                  + String.join(", ", DockerProbe.endpoints(lookup))
                  + ". Start Docker, set DOCKER_HOST, or use mode embedded.");
        }
        return fromDocker();
      case "embedded":
        return fromEmbedded();
      default:
        throw new TestDatabaseException(
            describe(modeVariable)
                + " is \""
                + mode
                + "\"; expected auto, url, docker or embedded.");
    }
  }

  private DatabaseServer fromUrl(String url) {
    // The label names where the URL came from, so a report shows which server a run used.
    String source = describe(urlVariable);
    ServerSpec spec = new ServerSpec(source, UrlParser.parse(source, url), false);
    return RESOLVED.computeIfAbsent("url " + spec.admin().url(), key -> new DatabaseServer(spec));
  }

  private DatabaseServer fromDocker() {
    // The only reference to ContainerServer: Testcontainers loads only when Docker answered.
    return RESOLVED.computeIfAbsent("docker", key -> new DatabaseServer(ContainerServer.get()));
  }

  private DatabaseServer fromEmbedded() {
    return RESOLVED.computeIfAbsent("embedded", key -> new DatabaseServer(EmbeddedServer.get()));
  }

  private @Nullable String read(String variable) {
    String value = lookup.apply(property(variable));
    if (value == null || value.isBlank()) {
      value = lookup.apply(variable);
    }
    return value == null || value.isBlank() ? null : value.strip();
  }

  private String describe(String variable) {
    String property = property(variable);
    String value = lookup.apply(property);
    return value != null && !value.isBlank() ? property : variable;
  }

  /** {@code PGORM_TEST_URL} → {@code pgorm.test.url}. */
  static String property(String variable) {
    return variable.toLowerCase(Locale.ROOT).replace('_', '.');
  }

  /** Names with a dot are system properties, the others environment variables. */
  private static @Nullable String setting(String name) {
    return name.indexOf('.') >= 0 ? System.getProperty(name) : System.getenv(name);
  }
}
