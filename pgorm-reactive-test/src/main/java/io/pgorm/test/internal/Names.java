package io.pgorm.test.internal;

import java.security.SecureRandom;
import java.util.Locale;

/** Random names for databases and roles, and random passwords. */
public final class Names {

  /** PostgreSQL truncates identifiers past 63 bytes (NAMEDATALEN - 1). */
  public static final int MAX_IDENTIFIER = 63;

  private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int HINT_LENGTH = 30;

  private Names() {}

  /** {@code pgorm_t_<hint, lower-cased, [a-z0-9_] only, at most 30 chars>_<8 random>}. */
  public static String database(String hint) {
    String cleaned = hint.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_");
    if (cleaned.length() > HINT_LENGTH) {
      cleaned = cleaned.substring(0, HINT_LENGTH);
    }
    return "pgorm_t_" + (cleaned.isEmpty() ? "" : cleaned + "_") + random(8);
  }

  /** {@code pgorm_tpl_<8 random>}. */
  public static String template() {
    return "pgorm_tpl_" + random(8);
  }

  /** {@code pgorm_app_<10 random>}. */
  public static String role() {
    return "pgorm_app_" + random(10);
  }

  /** 24 random letters and digits. */
  public static String password() {
    return random(24);
  }

  /** 8 random letters and digits, for directory names and the like. */
  public static String token() {
    return random(8);
  }

  private static String random(int length) {
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return text.toString();
  }
}
