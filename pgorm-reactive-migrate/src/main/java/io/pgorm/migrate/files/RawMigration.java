package io.pgorm.migrate.files;

import org.jspecify.annotations.Nullable;

/**
 * A migration directory as found, before it is checked and split.
 *
 * @param directory its name, e.g. {@code 20250101120000_init}
 * @param label how messages name it: the source's description, a slash and the name
 * @param origin where it was found, for telling apart two with one name (a path, or a jar's URL)
 * @param up the text of {@code up.sql}, or null when missing
 * @param down the text of {@code down.sql}, or null when missing
 */
record RawMigration(
    String directory, String label, String origin, @Nullable String up, @Nullable String down) {}
