package io.pgorm.internal.types;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code hstore} (extension): an unmodifiable {@code Map<String, String>} in the server's order,
 * values may be {@code null}. Text form {@code "a"=>"1", "b"=>NULL}; JSON form an object of strings
 * and nulls.
 */
final class HstoreCodec implements TextCodec {

  static final HstoreCodec INSTANCE = new HstoreCodec();

  private HstoreCodec() {}

  @Override
  public Class<?> javaType() {
    return Map.class;
  }

  @Override
  public Object parse(String text, SessionFormat session) {
    Map<String, @Nullable String> map = new LinkedHashMap<>();
    int[] pos = {0};
    while (true) {
      skip(text, pos);
      if (pos[0] >= text.length()) {
        return Collections.unmodifiableMap(map);
      }
      String key = QuotedText.read(text, pos, "=", false);
      if (key == null || !text.startsWith("=>", pos[0])) {
        throw new IllegalArgumentException("not an hstore: expected \"key\"=> at " + pos[0]);
      }
      pos[0] += 2;
      skip(text, pos);
      String value = QuotedText.read(text, pos, ",", true);
      map.put(key.strip(), value);
      if (pos[0] < text.length()) {
        pos[0]++;
      }
    }
  }

  private static void skip(String text, int[] pos) {
    while (pos[0] < text.length() && Character.isWhitespace(text.charAt(pos[0]))) {
      pos[0]++;
    }
  }

  @Override
  public String format(Object value, SessionFormat session) {
    if (!(value instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException("expected a Map, got " + value.getClass().getName());
    }
    StringBuilder b = new StringBuilder();
    for (Map.Entry<?, ?> e : map.entrySet()) {
      if (b.length() > 0) {
        b.append(", ");
      }
      if (e.getKey() == null) {
        throw new IllegalArgumentException("hstore keys cannot be null");
      }
      quote(b, e.getKey().toString()).append("=>");
      if (e.getValue() == null) {
        b.append("NULL");
      } else {
        quote(b, e.getValue().toString());
      }
    }
    return b.toString();
  }

  private static StringBuilder quote(StringBuilder b, String s) {
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        b.append('\\');
      }
      b.append(c);
    }
    return b.append('"');
  }

  @Override
  public Object fromJson(JsonNode json, SessionFormat session) {
    if (!json.isObject()) {
      throw new IllegalArgumentException("expected a JSON object, got " + json.getNodeType());
    }
    Map<String, @Nullable String> map = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : json.properties()) {
      map.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText());
    }
    return Collections.unmodifiableMap(map);
  }
}
