package io.pgorm.listen.example;

import org.jspecify.annotations.Nullable;

/** A row of {@code app.item}. */
public record Item(@Nullable Integer id, @Nullable String name) {}
