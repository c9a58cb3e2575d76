package io.pgorm.internal.types;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Converts one PostgreSQL type between its text form (what the server prints and reads), its JSON
 * form (what {@code to_jsonb} writes) and a Java value. Never sees SQL NULL: containers (arrays,
 * composites, ranges) and the callers handle it.
 */
public interface TextCodec {

  /** The class of the Java values (raw for generic ones: {@code List}, {@code PgRange}). */
  Class<?> javaType();

  /** The server's text output to a Java value; throws IllegalArgumentException if malformed. */
  Object parse(String text, SessionFormat session);

  /** A Java value to text the server reads; throws IllegalArgumentException if unsuitable. */
  String format(Object value, SessionFormat session);

  /** The {@code to_jsonb} form to the same Java value {@link #parse} gives. */
  default Object fromJson(JsonNode json, SessionFormat session) {
    if (!json.isTextual()) {
      throw new IllegalArgumentException(
          "expected a JSON string, got "
              + json.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
    }
    return parse(json.textValue(), session);
  }
}
