package io.pgorm.internal.types;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code smallint}, {@code integer}, {@code bigint} and {@code oid}: Short, Integer or Long. */
final class IntegerCodec implements TextCodec {

  static final IntegerCodec SHORT = new IntegerCodec(Short.class);
  static final IntegerCodec INT = new IntegerCodec(Integer.class);
  static final IntegerCodec LONG = new IntegerCodec(Long.class);

  private final Class<?> type;

  private IntegerCodec(Class<?> type) {
    this.type = type;
  }

  @Override
  public Class<?> javaType() {
    return type;
  }

  @Override
  public Object parse(String text, SessionFormat session) {
    if (type == Short.class) {
      return Short.valueOf(text);
    }
    return type == Integer.class ? (Object) Integer.valueOf(text) : (Object) Long.valueOf(text);
  }

  @Override
  public String format(Object value, SessionFormat session) {
    if (!(value instanceof Short || value instanceof Integer || value instanceof Long)) {
      throw new IllegalArgumentException(
          "expected " + type.getSimpleName() + ", got " + value.getClass().getName());
    }
    return value.toString();
  }

  @Override
  public Object fromJson(JsonNode json, SessionFormat session) {
    // oid and the reg* types come as JSON strings, the integers as numbers.
    return parse(json.isTextual() ? json.textValue() : json.asText(), session);
  }
}
