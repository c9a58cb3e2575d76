package io.pgorm.test.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class DockerProbeTest {

  @Test
  @Tag("smoke")
  void findsNoEngineOnThisMachine() {
    // There is no Docker engine where this suite runs; the probe must say so and return.
    assertThat(DockerProbe.engineAnswers(System::getenv)).isFalse();
  }

  @Test
  void aClosedPortOrMissingSocketIsNoEngine() throws IOException {
    int closed;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = socket.getLocalPort();
    }
    assertThat(DockerProbe.engineAnswers(env("tcp://127.0.0.1:" + closed))).isFalse();
    assertThat(DockerProbe.engineAnswers(env("unix:///nonexistent/docker.sock"))).isFalse();
    assertThat(DockerProbe.engineAnswers(env("npipe:////./pipe/docker_engine"))).isFalse();
  }

  @Test
  void aServerThatAcceptsButNeverAnswersIsNoEngine() throws IOException {
    try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      String endpoint = "tcp://127.0.0.1:" + silent.getLocalPort();

      assertThat(DockerProbe.answers(endpoint, Duration.ofMillis(200))).isFalse();
    }
  }

  @Test
  void anHttp200OnPingIsAnEngine() throws Exception {
    assertThat(probeAgainst("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nOK")).isTrue();
    assertThat(probeAgainst("HTTP/1.0 400 Bad Request\r\n\r\n")).isFalse();
  }

  @Test
  void dockerHostAloneIsProbedWhenSet() {
    assertThat(DockerProbe.endpoints(env("tcp://127.0.0.2:2375")))
        .containsExactly("tcp://127.0.0.2:2375");
    assertThat(DockerProbe.endpoints(name -> null))
        .first()
        .isEqualTo("unix:///var/run/docker.sock");
  }

  private static boolean probeAgainst(String response) throws Exception {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      CompletableFuture<Void> answer =
          CompletableFuture.runAsync(
              () -> {
                try (Socket client = server.accept()) {
                  client.getInputStream().read(new byte[256]);
                  OutputStream out = client.getOutputStream();
                  out.write(response.getBytes(StandardCharsets.US_ASCII));
                  out.flush();
                } catch (IOException e) {
                  throw new IllegalStateException(e);
                }
              });
      boolean answers =
          DockerProbe.answers("tcp://127.0.0.1:" + server.getLocalPort(), Duration.ofSeconds(5));
      answer.join();
      return answers;
    }
  }

  private static java.util.function.Function<String, String> env(String dockerHost) {
    return Map.of("DOCKER_HOST", dockerHost)::get;
  }
}
