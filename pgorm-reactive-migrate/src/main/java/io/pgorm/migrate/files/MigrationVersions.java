package io.pgorm.migrate.files;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/**
 * Migration directory names: {@code <yyyyMMddHHmmss UTC>_<name>}, the name made of letters, digits,
 * {@code _} and {@code -}. Tools that write migrations use {@link #directoryName}.
 */
public final class MigrationVersions {

  private static final DateTimeFormatter VERSION =
      DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withResolverStyle(ResolverStyle.STRICT);

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]+");

  private MigrationVersions() {}

  /** The version for a migration made at {@code time}: {@code yyyyMMddHHmmss} in UTC. */
  public static String versionAt(Instant time) {
    return VERSION.format(LocalDateTime.ofInstant(time, ZoneOffset.UTC));
  }

  /**
   * {@code <version>_<name>} for a migration made at {@code time}.
   *
   * @throws IllegalArgumentException if {@code name} is empty or has characters other than letters,
   *     digits, {@code _} and {@code -}
   */
  public static String directoryName(Instant time, String name) {
    if (!isName(name)) {
      throw new IllegalArgumentException(
          "Invalid migration name \""
              + name
              + "\": use letters, digits, _ and - only. Hint: e.g. add_orders.");
    }
    return versionAt(time) + "_" + name;
  }

  /** Whether {@code version} is 14 digits that make a valid date and time. */
  public static boolean isVersion(String version) {
    if (version.length() != 14 || !version.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return false;
    }
    try {
      LocalDateTime.parse(version, VERSION);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /** Whether {@code name} may follow the version in a directory name. */
  public static boolean isName(String name) {
    return NAME.matcher(name).matches();
  }
}
