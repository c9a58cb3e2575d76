package io.pgorm.schema.ir;

import org.jspecify.annotations.Nullable;

/** An attribute of a composite type or a column of a function's {@code RETURNS TABLE}. */
public record Attribute(String name, TypeRef type, @Nullable String collation) {}
