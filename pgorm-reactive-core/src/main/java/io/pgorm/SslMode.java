package io.pgorm;

import java.util.Locale;

/**
 * How the client negotiates TLS with the server; the names and meanings are libpq's {@code
 * sslmode}.
 */
public enum SslMode {
  /** Plain TCP only. */
  DISABLE("disable"),
  /** Plain TCP first; TLS if the server insists. */
  ALLOW("allow"),
  /** TLS if the server offers it, else plain TCP: libpq's default, and ours. */
  PREFER("prefer"),
  /** TLS or fail; the certificate is not verified. */
  REQUIRE("require"),
  /** TLS with a certificate signed by a trusted authority. */
  VERIFY_CA("verify-ca"),
  /** As {@link #VERIFY_CA}, and the certificate must name the host. */
  VERIFY_FULL("verify-full");

  private final String value;

  SslMode(String value) {
    this.value = value;
  }

  /** The libpq spelling, e.g. {@code verify-full}. */
  public String value() {
    return value;
  }

  /**
   * Reads a libpq spelling ({@code verify-full}) or the constant's name ({@code VERIFY_FULL}).
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static SslMode parse(String text) {
    String wanted = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    for (SslMode mode : values()) {
      if (mode.value.equals(wanted)) {
        return mode;
      }
    }
    throw new IllegalArgumentException(
        "unknown SSL mode '"
            + text
            + "'; expected one of disable, allow, prefer, require, verify-ca, verify-full");
  }
}
