package io.pgorm.internal.types;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A user composite type as a Java record, attribute {@code i} to record component {@code i}. Text
 * form {@code (1,"a b",)} (an empty field is NULL); JSON form an object keyed by attribute name.
 */
final class CompositeCodec implements TextCodec {

  private final String pgName;
  private final Class<?> type;
  private final List<String> names;
  private final List<TextCodec> fields;
  private final RecordComponent[] components;
  private final Constructor<?> constructor;

  CompositeCodec(
      String pgName, Class<? extends Record> type, List<String> names, List<TextCodec> fields) {
    this.pgName = pgName;
    this.type = type;
    this.names = List.copyOf(names);
    this.fields = List.copyOf(fields);
    this.components = type.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
    }
    try {
      this.constructor = type.getDeclaredConstructor(types);
      this.constructor.setAccessible(true);
    } catch (NoSuchMethodException | RuntimeException e) {
      throw new IllegalArgumentException(
          "cannot use the canonical constructor of " + type.getName(), e);
    }
  }

  @Override
  public Class<?> javaType() {
    return type;
  }

  @Override
  public Object parse(String text, SessionFormat session) {
    if (!text.startsWith("(") || !text.endsWith(")")) {
      throw new IllegalArgumentException("not a composite value of " + pgName + ": expected (...)");
    }
    @Nullable Object[] values = new Object[fields.size()];
    int[] pos = {1};
    for (int i = 0; i < values.length; i++) {
      String s = QuotedText.read(text, pos, ",)", false);
      values[i] = s == null ? null : fields.get(i).parse(s, session);
      if (pos[0] >= text.length()) {
        throw new IllegalArgumentException(
            "not a composite value of " + pgName + ": too few fields");
      }
      char c = text.charAt(pos[0]++);
      if ((c == ')') != (i == values.length - 1)) {
        throw new IllegalArgumentException(
            "not a composite value of " + pgName + ": expected " + values.length + " fields");
      }
    }
    return construct(values);
  }

  private Object construct(@Nullable Object[] values) {
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null && components[i].getType().isPrimitive()) {
        throw new IllegalArgumentException(
            "attribute "
                + names.get(i)
                + " of "
                + pgName
                + " is NULL but "
                + type.getSimpleName()
                + "."
                + components[i].getName()
                + " is a primitive "
                + components[i].getType());
      }
    }
    try {
      return constructor.newInstance(values);
    } catch (InvocationTargetException e) {
      throw new IllegalArgumentException(
          type.getName() + " rejected a value of " + pgName + ": " + e.getCause(), e.getCause());
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalArgumentException("cannot construct " + type.getName() + ": " + e, e);
    }
  }

  @Override
  public String format(Object value, SessionFormat session) {
    if (!type.isInstance(value)) {
      throw new IllegalArgumentException(
          "expected " + type.getName() + ", got " + value.getClass().getName());
    }
    StringBuilder b = new StringBuilder("(");
    for (int i = 0; i < components.length; i++) {
      if (i > 0) {
        b.append(',');
      }
      Object v = accessor(i, value);
      if (v != null) {
        b.append(QuotedText.field(fields.get(i).format(v, session)));
      }
    }
    return b.append(')').toString();
  }

  private @Nullable Object accessor(int i, Object value) {
    try {
      var method = components[i].getAccessor();
      method.setAccessible(true);
      return method.invoke(value);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalArgumentException(
          "cannot read " + components[i].getName() + " of " + type.getName(), e);
    }
  }

  @Override
  public Object fromJson(JsonNode json, SessionFormat session) {
    if (!json.isObject()) {
      throw new IllegalArgumentException(
          "expected a JSON object for " + pgName + ", got " + json.getNodeType());
    }
    @Nullable Object[] values = new Object[fields.size()];
    for (int i = 0; i < values.length; i++) {
      JsonNode f = json.get(names.get(i));
      values[i] = f == null || f.isNull() ? null : fields.get(i).fromJson(f, session);
    }
    return construct(values);
  }
}
