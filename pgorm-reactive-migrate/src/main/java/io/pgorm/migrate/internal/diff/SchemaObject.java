package io.pgorm.migrate.internal.diff;

import org.jspecify.annotations.Nullable;

/** A schema as the diff sees it: its name and comment. */
public record SchemaObject(String name, @Nullable String comment) {}
