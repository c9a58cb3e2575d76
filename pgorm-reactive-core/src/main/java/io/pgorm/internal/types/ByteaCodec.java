package io.pgorm.internal.types;

import java.io.ByteArrayOutputStream;
import java.util.HexFormat;

/**
 * {@code bytea}: byte[]. The server prints {@code \x0102ff} ({@code bytea_output = hex}, the
 * default) or the older escape form; {@code to_jsonb} writes the hex form as a string.
 */
final class ByteaCodec implements TextCodec {

  static final ByteaCodec INSTANCE = new ByteaCodec();

  private ByteaCodec() {}

  @Override
  public Class<?> javaType() {
    return byte[].class;
  }

  @Override
  public Object parse(String text, SessionFormat session) {
    if (text.startsWith("\\x")) {
      return HexFormat.of().parseHex(text, 2, text.length());
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\\') {
        out.write(c);
      } else if (i + 1 < text.length() && text.charAt(i + 1) == '\\') {
        out.write('\\');
        i++;
      } else if (i + 3 < text.length()) {
        out.write(Integer.parseInt(text.substring(i + 1, i + 4), 8));
        i += 3;
      } else {
        throw new IllegalArgumentException("not a bytea value: bad escape at index " + i);
      }
    }
    return out.toByteArray();
  }

  @Override
  public String format(Object value, SessionFormat session) {
    if (!(value instanceof byte[] bytes)) {
      throw new IllegalArgumentException("expected byte[], got " + value.getClass().getName());
    }
    return "\\x" + HexFormat.of().formatHex(bytes);
  }
}
