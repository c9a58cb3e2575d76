package io.pgorm.maven.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * What the last generation was made from: the schema file's SHA-256, the generator's version and
 * the package. Generation is skipped while the stamp in the output directory equals the one the
 * current inputs give.
 *
 * @param schemaSha256 hex SHA-256 of the schema file's bytes
 * @param generatorVersion the generator's {@link GeneratorFingerprint}
 * @param packageName the base package
 */
public record Stamp(String schemaSha256, String generatorVersion, String packageName) {

  /** The stamp's file name in the output directory. */
  public static final String FILE = ".pgorm-generate.stamp";

  /** The stamp of these inputs. */
  public static Stamp of(byte[] schema, String generatorVersion, String packageName) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(schema);
      return new Stamp(HexFormat.of().formatHex(digest), generatorVersion, packageName);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /**
   * The stamp written in {@code directory}, or {@code null} when there is none or it is unreadable.
   */
  public static @Nullable Stamp read(Path directory) throws IOException {
    Path file = directory.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return null;
    }
    String[] lines = Files.readString(file, StandardCharsets.UTF_8).split("\n", -1);
    if (lines.length < 3) {
      return null;
    }
    return new Stamp(value(lines[0]), value(lines[1]), value(lines[2]));
  }

  /** Writes this stamp into {@code directory}. */
  public void write(Path directory) throws IOException {
    Files.writeString(
        directory.resolve(FILE),
        "schema-sha256="
            + schemaSha256
            + "\ngenerator="
            + generatorVersion
            + "\npackage="
            + packageName
            + "\n",
        StandardCharsets.UTF_8);
  }

  private static String value(String line) {
    int eq = line.indexOf('=');
    return eq < 0 ? "" : line.substring(eq + 1);
  }
}
