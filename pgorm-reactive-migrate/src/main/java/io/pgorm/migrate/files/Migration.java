package io.pgorm.migrate.files;

import org.jspecify.annotations.Nullable;

/**
 * One migration: the directory {@code <version>_<name>} with its {@code up.sql} and, if there is
 * one, {@code down.sql}.
 *
 * @param version the UTC time stamp {@code yyyyMMddHHmmss} that orders migrations
 * @param name what the migration does, e.g. {@code add_orders}
 * @param up the statements that apply it
 * @param down the statements that roll it back, or null when the directory has no {@code down.sql}
 */
public record Migration(String version, String name, SqlScript up, @Nullable SqlScript down) {

  /** The directory name: {@code <version>_<name>}. */
  public String id() {
    return version + "_" + name;
  }

  /** Whether {@code down} can roll it back: it has a {@code down.sql} not marked irreversible. */
  public boolean isReversible() {
    return down != null && down.header().irreversibleReason() == null;
  }

  /** Why it cannot be rolled back, or null when it can. */
  public @Nullable String irreversibleReason() {
    if (down == null) {
      return "it has no down.sql";
    }
    String reason = down.header().irreversibleReason();
    return reason == null ? null : "its down.sql says: " + reason;
  }
}
