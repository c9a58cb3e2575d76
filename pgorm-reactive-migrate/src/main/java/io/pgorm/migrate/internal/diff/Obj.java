package io.pgorm.migrate.internal.diff;

import org.jspecify.annotations.Nullable;

/**
 * A keyed object of a model: its IR value (a {@code Table}, {@code View}, {@code Index}, ...; the
 * grants of one object to one grantee as a list), and the relation it belongs to, if any.
 */
public record Obj(Key key, @Nullable Key parent, Object value) {}
