package io.pgorm.schema.ir;

import org.jspecify.annotations.Nullable;

/** A role that policies and grants refer to (the schema declares it so they can be checked). */
public record Role(String name, @Nullable String comment) {}
