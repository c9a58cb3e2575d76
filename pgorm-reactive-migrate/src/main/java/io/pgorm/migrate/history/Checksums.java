package io.pgorm.migrate.history;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The checksum the history records for a migration's {@code up.sql}: SHA-256, in lower-case hex, of
 * the file's text in UTF-8 with {@code \r\n} and {@code \r} read as {@code \n} and a leading byte
 * order mark dropped, so that a checkout with other line endings does not count as a change.
 */
public final class Checksums {

  private Checksums() {}

  /** The checksum of a migration file's text. */
  public static String of(String text) {
    String normalized = text.startsWith("\uFEFF") ? text.substring(1) : text;
    normalized = normalized.replace("\r\n", "\n").replace('\r', '\n');
    return sha256(normalized.getBytes(StandardCharsets.UTF_8));
  }

  /** SHA-256 of {@code bytes}, 64 lower-case hex digits. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform must provide SHA-256.
      throw new IllegalStateException(e);
    }
  }
}
