package io.pgorm.internal.types;

import io.pgorm.types.PgRange;

/** The range types: {@link PgRange} of the bound type's Java values. JSON form: the text form. */
final class RangeCodec implements TextCodec {

  private final TextCodec bound;

  RangeCodec(TextCodec bound) {
    this.bound = bound;
  }

  @Override
  public Class<?> javaType() {
    return PgRange.class;
  }

  @Override
  public Object parse(String text, SessionFormat session) {
    return PgRange.parse(text, s -> bound.parse(s, session));
  }

  @Override
  public String format(Object value, SessionFormat session) {
    if (!(value instanceof PgRange<?> range)) {
      throw new IllegalArgumentException("expected PgRange, got " + value.getClass().getName());
    }
    return range.toString(b -> bound.format(b, session));
  }
}
