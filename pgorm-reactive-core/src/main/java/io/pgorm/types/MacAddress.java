package io.pgorm.types;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * A MAC address: 6 bytes ({@code macaddr}) or 8 bytes ({@code macaddr8}). Immutable; binds as the
 * type its length says. Equal when the bytes are equal.
 */
public final class MacAddress {

  private final byte[] bytes;

  private MacAddress(byte[] bytes) {
    if (bytes.length != 6 && bytes.length != 8) {
      throw new IllegalArgumentException(
          "a MAC address has 6 bytes (macaddr) or 8 bytes (macaddr8), not " + bytes.length);
    }
    this.bytes = bytes;
  }

  /** The address with these 6 or 8 bytes (copied). */
  public static MacAddress of(byte[] bytes) {
    return new MacAddress(bytes.clone());
  }

  /**
   * Reads 12 or 16 hexadecimal digits, in pairs or groups separated by {@code :}, {@code -} or
   * {@code .} or not at all ({@code 08:00:2b:01:02:03}, {@code 0800.2b01.0203}, {@code
   * 08002b010203}), as the server accepts them.
   *
   * @throws IllegalArgumentException for anything else
   */
  public static MacAddress parse(String text) {
    StringBuilder hex = new StringBuilder(16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.digit(c, 16) >= 0) {
        hex.append(c);
      } else if (c != ':' && c != '-' && c != '.') {
        throw new IllegalArgumentException(
            "not a MAC address: \"" + text + "\" has '" + c + "' at index " + i);
      }
    }
    if (hex.length() != 12 && hex.length() != 16) {
      throw new IllegalArgumentException(
          "not a MAC address: \"" + text + "\" has " + hex.length() + " hex digits, not 12 or 16");
    }
    return new MacAddress(HexFormat.of().parseHex(hex));
  }

  /** The bytes (a copy). */
  public byte[] bytes() {
    return bytes.clone();
  }

  /** 6 for {@code macaddr}, 8 for {@code macaddr8}. */
  public int length() {
    return bytes.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MacAddress m && Arrays.equals(bytes, m.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  /** The server's form: lower-case pairs joined by colons, {@code 08:00:2b:01:02:03}. */
  @Override
  public String toString() {
    return HexFormat.ofDelimiter(":").formatHex(bytes);
  }
}
