package io.pgorm.internal.types;

import java.util.function.Function;

/**
 * A type whose Java value parses from the text form and prints back with {@code toString()}, and
 * whose JSON form is that same text as a JSON string: text types, uuid, network addresses, bit
 * strings, text search, LSNs.
 */
final class SimpleCodec implements TextCodec {

  static final SimpleCodec STRING = new SimpleCodec(String.class, s -> s);

  private final Class<?> type;
  private final Function<String, ?> parser;

  SimpleCodec(Class<?> type, Function<String, ?> parser) {
    this.type = type;
    this.parser = parser;
  }

  @Override
  public Class<?> javaType() {
    return type;
  }

  @Override
  public Object parse(String text, SessionFormat session) {
    return parser.apply(text);
  }

  @Override
  public String format(Object value, SessionFormat session) {
    if (!type.isInstance(value)) {
      throw new IllegalArgumentException(
          "expected " + type.getSimpleName() + ", got " + value.getClass().getName());
    }
    return value.toString();
  }
}
