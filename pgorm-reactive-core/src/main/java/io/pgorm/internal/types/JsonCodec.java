package io.pgorm.internal.types;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code json} and {@code jsonb}: Jackson {@link JsonNode}, read and written with the registry's
 * mapper (decimals kept exact). Any other Java value is written as JSON through the mapper. The
 * JSON form is the document itself.
 */
final class JsonCodec implements TextCodec {

  static final JsonCodec INSTANCE = new JsonCodec();

  private JsonCodec() {}

  @Override
  public Class<?> javaType() {
    return JsonNode.class;
  }

  @Override
  public Object parse(String text, SessionFormat session) {
    try {
      return session.mapper().readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a JSON document: " + e.getOriginalMessage(), e);
    }
  }

  @Override
  public String format(Object value, SessionFormat session) {
    try {
      return session.mapper().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "cannot write " + value.getClass().getName() + " as JSON: " + e.getOriginalMessage(), e);
    }
  }

  @Override
  public Object fromJson(JsonNode json, SessionFormat session) {
    return json.deepCopy();
  }
}
