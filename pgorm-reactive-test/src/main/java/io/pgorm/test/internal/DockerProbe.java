package io.pgorm.test.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Asks a Docker engine {@code GET /_ping} with a short deadline. A {@code docker} binary on the
 * path proves nothing and Testcontainers' own discovery can take seconds, so this probe decides
 * whether Testcontainers is touched at all.
 */
public final class DockerProbe {

  /** How long one endpoint may take to connect and answer. */
  public static final Duration TIMEOUT = Duration.ofMillis(500);

  private static final byte[] PING =
      "GET /_ping HTTP/1.0\r\nHost: docker\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

  private DockerProbe() {}

  /**
   * The endpoints to try: {@code DOCKER_HOST} alone when set, otherwise the usual sockets of a
   * system, rootless and Docker Desktop engine.
   */
  public static List<String> endpoints(Function<String, @Nullable String> env) {
    String dockerHost = env.apply("DOCKER_HOST");
    if (dockerHost != null && !dockerHost.isBlank()) {
      return List.of(dockerHost.strip());
    }
    List<String> sockets = new ArrayList<>();
    sockets.add("unix:///var/run/docker.sock");
    String runtime = env.apply("XDG_RUNTIME_DIR");
    if (runtime != null && !runtime.isBlank()) {
      sockets.add("unix://" + Path.of(runtime, "docker.sock"));
    }
    sockets.add("unix://" + Path.of(System.getProperty("user.home"), ".docker/run/docker.sock"));
    return sockets;
  }

  /** Whether any endpoint answers the ping with HTTP 200; never throws. */
  public static boolean engineAnswers(Function<String, @Nullable String> env) {
    for (String endpoint : endpoints(env)) {
      if (answers(endpoint, TIMEOUT)) {
        return true;
      }
    }
    return false;
  }

  static boolean answers(String endpoint, Duration timeout) {
    try {
      SocketAddress address = address(endpoint);
      if (address == null) {
        return false;
      }
      long deadline = System.nanoTime() + timeout.toNanos();
      StandardProtocolFamily family =
          address instanceof UnixDomainSocketAddress
              ? StandardProtocolFamily.UNIX
              : StandardProtocolFamily.INET;
      try (SocketChannel channel = SocketChannel.open(family);
          Selector selector = Selector.open()) {
        channel.configureBlocking(false);
        SelectionKey key = channel.register(selector, 0);
        if (!channel.connect(address)) {
          if (!await(selector, key, SelectionKey.OP_CONNECT, deadline)) {
            return false;
          }
          channel.finishConnect();
        }
        ByteBuffer request = ByteBuffer.wrap(PING);
        while (request.hasRemaining()) {
          if (channel.write(request) == 0
              && !await(selector, key, SelectionKey.OP_WRITE, deadline)) {
            return false;
          }
        }
        return readStatusLine(channel, selector, key, deadline).matches("HTTP/1\\.[01] 200\\b.*");
      }
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static String readStatusLine(
      SocketChannel channel, Selector selector, SelectionKey key, long deadline)
      throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(256);
    while (buffer.hasRemaining()) {
      int read = channel.read(buffer);
      if (read < 0) {
        break;
      }
      String soFar = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII);
      if (soFar.contains("\r\n")) {
        return soFar.substring(0, soFar.indexOf("\r\n"));
      }
      if (read == 0 && !await(selector, key, SelectionKey.OP_READ, deadline)) {
        break;
      }
    }
    return "";
  }

  private static boolean await(Selector selector, SelectionKey key, int op, long deadline)
      throws IOException {
    long millis = (deadline - System.nanoTime()) / 1_000_000;
    if (millis <= 0) {
      return false;
    }
    key.interestOps(op);
    selector.selectedKeys().clear();
    return selector.select(millis) > 0;
  }

  private static @Nullable SocketAddress address(String endpoint) {
    URI uri = URI.create(endpoint);
    if ("unix".equals(uri.getScheme())) {
      Path socket = Path.of(uri.getPath());
      return Files.exists(socket) ? UnixDomainSocketAddress.of(socket) : null;
    }
    if ("tcp".equals(uri.getScheme()) && uri.getHost() != null) {
      return new InetSocketAddress(uri.getHost(), uri.getPort() < 0 ? 2375 : uri.getPort());
    }
    // npipe:// (Windows) and ssh:// cannot be pinged from here; embedded PostgreSQL serves then.
    return null;
  }
}
