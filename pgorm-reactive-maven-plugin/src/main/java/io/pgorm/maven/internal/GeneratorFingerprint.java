package io.pgorm.maven.internal;

import io.pgorm.codegen.CodeGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * What identifies the generator for the stamp: its version, and for a snapshot also a SHA-256 of
 * its classes (the jar, or the class files of a reactor build), so that a changed snapshot of the
 * generator regenerates code even though the schema did not change.
 */
public final class GeneratorFingerprint {

  private GeneratorFingerprint() {}

  /** {@code 1.0.0}, or {@code 1.1.0-SNAPSHOT+<sha-256 of the classes>}. */
  public static String of() {
    String version = CodeGenerator.version();
    if (!version.endsWith("-SNAPSHOT")) {
      return version;
    }
    CodeSource source = CodeGenerator.class.getProtectionDomain().getCodeSource();
    if (source == null) {
      return version;
    }
    try {
      Path location = Path.of(source.getLocation().toURI());
      return version + "+" + HexFormat.of().formatHex(digest(location));
    } catch (URISyntaxException | IllegalArgumentException e) {
      return version;
    }
  }

  private static byte[] digest(Path location) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      if (Files.isDirectory(location)) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(location)) {
          files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
          sha.update(location.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
          sha.update(Files.readAllBytes(file));
        }
      } else {
        sha.update(Files.readAllBytes(location));
      }
      return sha.digest();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
