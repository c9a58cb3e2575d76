package io.pgorm.migrate.internal.introspect;

import java.nio.charset.StandardCharsets;

/** The names PostgreSQL makes up for objects created without one. */
public final class ObjectNames {

  /** NAMEDATALEN - 1: the longest name in bytes. */
  private static final int MAX_BYTES = 63;

  private ObjectNames() {}

  /**
   * {@code name1_name2_label}, the longer of the first two cut until it fits in 63 bytes, as the
   * server's {@code makeObjectName} does (e.g. the sequence {@code table_column_seq} of a serial).
   * The server adds a number when the name is taken; such names are not recognised here.
   */
  public static String make(String name1, String name2, String label) {
    byte[] b1 = name1.getBytes(StandardCharsets.UTF_8);
    byte[] b2 = name2.getBytes(StandardCharsets.UTF_8);
    int overhead = label.getBytes(StandardCharsets.UTF_8).length + 2;
    int available = MAX_BYTES - overhead;
    int n1 = b1.length;
    int n2 = b2.length;
    while (n1 + n2 > available) {
      if (n1 > n2) {
        n1--;
      } else {
        n2--;
      }
    }
    return clip(name1, n1) + "_" + clip(name2, n2) + "_" + label;
  }

  /** The longest prefix of whole characters within {@code bytes} UTF-8 bytes. */
  private static String clip(String s, int bytes) {
    int used = 0;
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (used + len > bytes) {
        break;
      }
      used += len;
      i += Character.charCount(cp);
    }
    return s.substring(0, i);
  }
}
