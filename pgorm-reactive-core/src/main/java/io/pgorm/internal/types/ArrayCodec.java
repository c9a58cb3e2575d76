package io.pgorm.internal.types;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Arrays of any element type and any number of dimensions: unmodifiable {@code List}s, nested per
 * dimension, with {@code null} elements. The text form is {@code {1,2,NULL}}, {@code
 * {{1,2},{3,4}}}; lower bounds other than 1 ({@code [0:1]={...}}) are dropped. The JSON form is
 * nested JSON arrays, except that for {@code json[]}/{@code jsonb[]} a JSON array is an element.
 */
final class ArrayCodec implements TextCodec {

  private final TextCodec element;
  private final char delimiter;

  ArrayCodec(TextCodec element, char delimiter) {
    this.element = element;
    this.delimiter = delimiter;
  }

  @Override
  public Class<?> javaType() {
    return List.class;
  }

  @Override
  public Object parse(String text, SessionFormat session) {
    int[] pos = {0};
    if (text.startsWith("[")) {
      int eq = text.indexOf('=');
      if (eq < 0) {
        throw new IllegalArgumentException("not an array: \"" + text + "\": bounds without '='");
      }
      pos[0] = eq + 1;
    }
    List<@Nullable Object> list = level(text, pos, session);
    if (pos[0] != text.length()) {
      throw new IllegalArgumentException("not an array: \"" + text + "\": text after '}'");
    }
    return list;
  }

  private List<@Nullable Object> level(String text, int[] pos, SessionFormat session) {
    if (pos[0] >= text.length() || text.charAt(pos[0]) != '{') {
      throw new IllegalArgumentException(
          "not an array: \"" + text + "\": expected '{' at " + pos[0]);
    }
    pos[0]++;
    List<@Nullable Object> out = new ArrayList<>();
    if (pos[0] < text.length() && text.charAt(pos[0]) == '}') {
      pos[0]++;
      return Collections.unmodifiableList(out);
    }
    String stops = delimiter + "}";
    while (true) {
      if (pos[0] < text.length() && text.charAt(pos[0]) == '{') {
        out.add(level(text, pos, session));
      } else {
        String s = QuotedText.read(text, pos, stops, true);
        out.add(s == null ? null : element.parse(s, session));
      }
      if (pos[0] >= text.length()) {
        throw new IllegalArgumentException("not an array: \"" + text + "\": missing '}'");
      }
      char c = text.charAt(pos[0]++);
      if (c == '}') {
        return Collections.unmodifiableList(out);
      }
    }
  }

  @Override
  public String format(Object value, SessionFormat session) {
    StringBuilder b = new StringBuilder();
    append(b, value, session);
    return b.toString();
  }

  private void append(StringBuilder b, Object value, SessionFormat session) {
    b.append('{');
    List<?> list = asList(value);
    for (int i = 0; i < list.size(); i++) {
      if (i > 0) {
        b.append(delimiter);
      }
      Object e = list.get(i);
      if (e == null) {
        b.append("NULL");
      } else if (isNested(e)) {
        append(b, e, session);
      } else {
        b.append(QuotedText.arrayElement(element.format(e, session), delimiter));
      }
    }
    b.append('}');
  }

  private boolean isNested(Object e) {
    if (element.javaType() == byte[].class && e instanceof byte[]) {
      return false;
    }
    return e instanceof List<?> || e.getClass().isArray();
  }

  /** A List, or a Java array (also of primitives) as a List. */
  static List<?> asList(Object value) {
    if (value instanceof List<?> list) {
      return list;
    }
    if (value.getClass().isArray()) {
      int n = Array.getLength(value);
      List<@Nullable Object> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(Array.get(value, i));
      }
      return out;
    }
    throw new IllegalArgumentException(
        "expected a List or an array, got " + value.getClass().getName());
  }

  @Override
  public Object fromJson(JsonNode json, SessionFormat session) {
    if (!json.isArray()) {
      throw new IllegalArgumentException("expected a JSON array, got " + json.getNodeType());
    }
    boolean jsonElements = element instanceof JsonCodec;
    List<@Nullable Object> out = new ArrayList<>(json.size());
    for (JsonNode e : json) {
      // to_jsonb writes an SQL NULL element and a JSON null element alike; NULL is the likelier.
      if (e.isNull()) {
        out.add(null);
      } else if (e.isArray() && !jsonElements) {
        out.add(fromJson(e, session));
      } else {
        out.add(element.fromJson(e, session));
      }
    }
    return Collections.unmodifiableList(out);
  }
}
