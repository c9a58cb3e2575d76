package io.pgorm.schema.internal.ast;

import org.jspecify.annotations.Nullable;

/**
 * An attribute argument: positional ({@code name} is null) or named ({@code onDelete: cascade}).
 */
public record Arg(@Nullable Ident name, Value value, Pos pos) {}
