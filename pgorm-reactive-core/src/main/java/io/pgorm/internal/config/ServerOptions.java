package io.pgorm.internal.config;

import io.pgorm.PgOrmConfig;

/**
 * Reads libpq's {@code options} value, {@code -c name=value} pairs separated by spaces (a backslash
 * escapes a space), into server parameters sent at session start.
 */
final class ServerOptions {

  private ServerOptions() {}

  static void applyTo(PgOrmConfig.Builder builder, String options) {
    String[] words = splitWords(options);
    for (int i = 0; i < words.length; i++) {
      String word = words[i];
      String setting;
      if (word.equals("-c") && i + 1 < words.length) {
        setting = words[++i];
      } else if (word.startsWith("-c") && word.length() > 2) {
        setting = word.substring(2);
      } else if (word.startsWith("--") && word.length() > 2) {
        setting = word.substring(2);
      } else {
        throw new IllegalArgumentException(
            "'" + word + "' is not understood; write -c name=value pairs, e.g. -c search_path=app");
      }
      int eq = setting.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException(
            "'" + setting + "' has no '='; write -c name=value, e.g. -c search_path=app");
      }
      builder.serverParameter(
          setting.substring(0, eq).replace('-', '_'), setting.substring(eq + 1));
    }
  }

  private static String[] splitWords(String text) {
    java.util.List<String> words = new java.util.ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        current.append(text.charAt(++i));
      } else if (Character.isWhitespace(c)) {
        if (current.length() > 0) {
          words.add(current.toString());
          current.setLength(0);
        }
      } else {
        current.append(c);
      }
    }
    if (current.length() > 0) {
      words.add(current.toString());
    }
    return words.toArray(new String[0]);
  }
}
