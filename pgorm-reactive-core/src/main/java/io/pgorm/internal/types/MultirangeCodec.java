package io.pgorm.internal.types;

import io.pgorm.types.PgMultirange;

/** The multirange types: {@link PgMultirange}. JSON form: the text form. */
final class MultirangeCodec implements TextCodec {

  private final TextCodec bound;

  MultirangeCodec(TextCodec bound) {
    this.bound = bound;
  }

  @Override
  public Class<?> javaType() {
    return PgMultirange.class;
  }

  @Override
  public Object parse(String text, SessionFormat session) {
    return PgMultirange.parse(text, s -> bound.parse(s, session));
  }

  @Override
  public String format(Object value, SessionFormat session) {
    if (!(value instanceof PgMultirange<?> m)) {
      throw new IllegalArgumentException(
          "expected PgMultirange, got " + value.getClass().getName());
    }
    return m.toString(b -> bound.format(b, session));
  }
}
