package io.pgorm.internal.types;

import io.pgorm.types.PgEnum;
import java.util.HashMap;
import java.util.Map;

/** A user enum: a Java enum constant per label ({@link PgEnum#pgLabel()} or the name). */
final class EnumCodec implements TextCodec {

  private final String pgName;
  private final Class<?> type;
  private final Map<String, Enum<?>> byLabel = new HashMap<>();
  private final Map<Enum<?>, String> labels = new HashMap<>();

  EnumCodec(String pgName, Class<? extends Enum<?>> type) {
    this.pgName = pgName;
    this.type = type;
    for (Enum<?> constant : type.getEnumConstants()) {
      String label = constant instanceof PgEnum p ? p.pgLabel() : constant.name();
      if (byLabel.put(label, constant) != null) {
        throw new IllegalArgumentException(
            type.getName() + " maps two constants to the label '" + label + "' of " + pgName);
      }
      labels.put(constant, label);
    }
  }

  @Override
  public Class<?> javaType() {
    return type;
  }

  @Override
  public Object parse(String text, SessionFormat session) {
    Enum<?> constant = byLabel.get(text);
    if (constant == null) {
      throw new IllegalArgumentException(
          "the label '"
              + text
              + "' of "
              + pgName
              + " has no constant in "
              + type.getName()
              + " (labels: "
              + byLabel.keySet()
              + "); regenerate the enum after changing the type");
    }
    return constant;
  }

  @Override
  public String format(Object value, SessionFormat session) {
    String label = value instanceof Enum<?> e ? labels.get(e) : null;
    if (label == null) {
      throw new IllegalArgumentException(
          "expected a constant of " + type.getName() + ", got " + value.getClass().getName());
    }
    return label;
  }
}
