package io.pgorm.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which source the resolver picks and what it says when it cannot; no server is started here. */
class DatabaseResolverTest {

  private static DatabaseResolver tests(Map<String, String> settings) {
    Map<String, String> copy = new HashMap<>(settings);
    return new DatabaseResolver("PGORM_TEST_URL", "PGORM_TEST_MODE", copy::get);
  }

  @Test
  void urlFromTheVariableIsLabelledWithIt() {
    DatabaseServer server =
        tests(Map.of("PGORM_TEST_URL", "postgresql://u:pw@db.invalid:6000/main")).resolve();

    assertThat(server.label()).isEqualTo("PGORM_TEST_URL");
    assertThat(server.host()).isEqualTo("db.invalid");
    assertThat(server.port()).isEqualTo(6000);
    assertThat(server.user()).isEqualTo("u");
    assertThat(server.password()).isEqualTo("pw");
    assertThat(server.maintenanceDatabase()).isEqualTo("main");
    assertThat(server.url("other")).isEqualTo("postgresql://u:pw@db.invalid:6000/other");
    assertThat(server.r2dbcUrl("other")).isEqualTo("r2dbc:postgresql://u:pw@db.invalid:6000/other");
    assertThat(server).hasToString("PGORM_TEST_URL at db.invalid:6000 (user \"u\")");
  }

  @Test
  void thePropertyWinsOverTheVariableAndBlankMeansUnset() {
    DatabaseServer server =
        tests(
                Map.of(
                    "PGORM_TEST_URL", "postgresql://env.invalid/x",
                    "pgorm.test.url", "r2dbc:postgresql://prop.invalid/y",
                    "PGORM_TEST_MODE", " "))
            .resolve();

    assertThat(server.label()).isEqualTo("pgorm.test.url");
    assertThat(server.host()).isEqualTo("prop.invalid");
  }

  @Test
  void sameUrlGivesTheSameServer() {
    Map<String, String> settings = Map.of("PGORM_TEST_URL", "postgresql://same.invalid/x");

    assertThat(tests(settings).resolve()).isSameAs(tests(settings).resolve());
  }

  @Test
  void malformedUrlNamesTheSettingItCameFrom() {
    assertThatThrownBy(() -> tests(Map.of("pgorm.test.url", "postgresql://h:port/d")).resolve())
        .isInstanceOf(TestDatabaseException.class)
        .hasMessageStartingWith(
            "pgorm.test.url is not a usable PostgreSQL URL (\"postgresql://h:port/d\"): the port"
                + " \"port\" is not a number from 1 to 65535.");
  }

  @Test
  void modeUrlWithoutUrlIsAnError() {
    assertThatThrownBy(() -> tests(Map.of("PGORM_TEST_MODE", "url")).resolve())
        .isInstanceOf(TestDatabaseException.class)
        .hasMessage("PGORM_TEST_MODE is url but PGORM_TEST_URL is not set.");
  }

  @Test
  void modeDockerWithoutEngineSaysWhereItLooked() {
    Map<String, String> settings =
        Map.of("pgorm.test.mode", "docker", "DOCKER_HOST", "unix:///nonexistent/docker.sock");

    assertThatThrownBy(() -> tests(settings).resolve())
        .isInstanceOf(TestDatabaseException.class)
        .hasMessage(
            "pgorm.test.mode is docker but no Docker engine answered GET /_ping within 500 ms at"
                + " unix:///nonexistent/docker.sock. Start Docker, set DOCKER_HOST, or use mode"
                + " embedded.");
  }

  @Test
  void unknownModeListsTheKnownOnes() {
    assertThatThrownBy(() -> tests(Map.of("PGORM_TEST_MODE", "cloud")).resolve())
        .isInstanceOf(TestDatabaseException.class)
        .hasMessage("PGORM_TEST_MODE is \"cloud\"; expected auto, url, docker or embedded.");
  }

  @Test
  void anUnreachableServerFailsWithTheStatementTheAddressAndAHint() throws IOException {
    int closed;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = socket.getLocalPort();
    }
    String url = "postgresql://postgres:pw@127.0.0.1:" + closed + "/postgres";
    DatabaseServer server = tests(Map.of("PGORM_TEST_URL", url)).resolve();

    assertThatThrownBy(() -> server.createTestDatabase("Unreachable"))
        .isInstanceOf(TestDatabaseException.class)
        .hasMessageMatching(
            "Creating template database pgorm_tpl_[a-z0-9]{8} failed on"
                + " postgresql://postgres:\\*\\*\\*@127\\.0\\.0\\.1:"
                + closed
                + "/postgres: \\[08\\d{3}\\] .*"
                + "\\. Is the server up and reachable from here\\? \\(PGORM_TEST_URL / PGORM_URL"
                + " choose another\\)");
  }

  @Test
  void examplesReadTheirOwnVariables() {
    assertThat(DatabaseResolver.property("PGORM_URL")).isEqualTo("pgorm.url");
    assertThat(DatabaseResolver.property("PGORM_TEST_URL")).isEqualTo("pgorm.test.url");
  }
}
