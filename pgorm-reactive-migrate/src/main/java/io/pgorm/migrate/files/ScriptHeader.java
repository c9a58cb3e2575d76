package io.pgorm.migrate.files;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * What the header comments of a migration file say (see {@link Directives}).
 *
 * @param irreversibleReason for {@code down.sql}: why the migration cannot be rolled back, or null
 *     when it can
 * @param schemaHash for {@code up.sql}: the {@link io.pgorm.migrate.history.SchemaHash} of the
 *     schema the migration was planned against, checked before it is applied; null to skip the
 *     check
 * @param noTransaction run every statement on its own, each committed at once
 * @param lockTimeout the {@code lock_timeout} for this file's statements, or null for the runner's
 *     ({@link io.pgorm.migrate.MigratorOptions#lockTimeout()})
 */
public record ScriptHeader(
    @Nullable String irreversibleReason,
    @Nullable String schemaHash,
    boolean noTransaction,
    @Nullable Duration lockTimeout) {

  /** A file without directives. */
  public static ScriptHeader none() {
    return new ScriptHeader(null, null, false, null);
  }
}
