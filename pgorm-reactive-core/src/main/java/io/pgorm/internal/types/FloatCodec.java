package io.pgorm.internal.types;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code real} and {@code double precision}: Float and Double, with NaN and the infinities, which
 * {@code to_jsonb} writes as the strings {@code "NaN"}, {@code "Infinity"}, {@code "-Infinity"}.
 */
final class FloatCodec implements TextCodec {

  static final FloatCodec FLOAT = new FloatCodec(true);
  static final FloatCodec DOUBLE = new FloatCodec(false);

  private final boolean single;

  private FloatCodec(boolean single) {
    this.single = single;
  }

  @Override
  public Class<?> javaType() {
    return single ? Float.class : Double.class;
  }

  @Override
  public Object parse(String text, SessionFormat session) {
    return single ? (Object) Float.valueOf(text) : (Object) Double.valueOf(text);
  }

  @Override
  public String format(Object value, SessionFormat session) {
    if (!(value instanceof Float || value instanceof Double)) {
      throw new IllegalArgumentException(
          "expected Float or Double, got " + value.getClass().getName());
    }
    return value.toString();
  }

  @Override
  public Object fromJson(JsonNode json, SessionFormat session) {
    // Through the decimal text, not through double: a real such as 1.1 must stay 1.1f.
    return parse(json.asText(), session);
  }
}
