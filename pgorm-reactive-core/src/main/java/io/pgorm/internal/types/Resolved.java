package io.pgorm.internal.types;

import io.pgorm.types.PgType;

/**
 * A type name resolved against a registry: the base entry, the array dimensions, the public
 * description and the codec for the whole (the array codec when there are dimensions).
 */
record Resolved(TypeEntry base, int dimensions, PgType type) {

  TextCodec codec() {
    return dimensions == 0 ? base.codec() : base.arrayCodec();
  }

  boolean isArray() {
    return dimensions > 0;
  }
}
