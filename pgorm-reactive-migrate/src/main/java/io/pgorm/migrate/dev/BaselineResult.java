package io.pgorm.migrate.dev;

import io.pgorm.migrate.history.HistoryEntry;
import java.nio.file.Path;

/**
 * What {@link Baseline#take} did.
 *
 * @param directory the baseline migration's directory, {@code <dir>/<version>_<name>}
 * @param entry its history row in the live database, state {@link
 *     io.pgorm.migrate.history.MigrationState#BASELINE}
 * @param statements how many statements its {@code up.sql} has
 * @param objects how many objects it creates, by kind, e.g. {@code 3 tables, 1 view}
 */
public record BaselineResult(Path directory, HistoryEntry entry, int statements, String objects) {}
