package io.pgorm.internal.types;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code boolean}: the server prints {@code t} and {@code f}; {@code to_jsonb} writes JSON
 * booleans.
 */
final class BoolCodec implements TextCodec {

  static final BoolCodec INSTANCE = new BoolCodec();

  private BoolCodec() {}

  @Override
  public Class<?> javaType() {
    return Boolean.class;
  }

  @Override
  public Object parse(String text, SessionFormat session) {
    switch (text) {
      case "t", "true":
        return Boolean.TRUE;
      case "f", "false":
        return Boolean.FALSE;
      default:
        throw new IllegalArgumentException("not a boolean: \"" + text + "\"");
    }
  }

  @Override
  public String format(Object value, SessionFormat session) {
    if (!(value instanceof Boolean b)) {
      throw new IllegalArgumentException("expected Boolean, got " + value.getClass().getName());
    }
    return b ? "t" : "f";
  }

  @Override
  public Object fromJson(JsonNode json, SessionFormat session) {
    if (json.isBoolean()) {
      return json.booleanValue();
    }
    return parse(json.asText(), session);
  }
}
