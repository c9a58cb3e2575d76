package io.pgorm.query.expr;

import java.util.Objects;

/** Checks on names the API accepts (aliases, CTE names); the renderer quotes them all. */
public final class Identifiers {

  private Identifiers() {}

  /**
   * {@code name}, if it can be a PostgreSQL identifier once quoted.
   *
   * @throws IllegalArgumentException when it is empty or contains NUL, which no identifier can
   */
  public static String check(String what, String name) {
    Objects.requireNonNull(name, what);
    if (name.isEmpty()) {
      throw new IllegalArgumentException(what + " must not be empty");
    }
    if (name.indexOf('\0') >= 0) {
      throw new IllegalArgumentException(
          what
              + " \""
              + name.replace("\0", "\\0")
              + "\" contains NUL (\\0), which no"
              + " PostgreSQL identifier can hold");
    }
    return name;
  }
}
