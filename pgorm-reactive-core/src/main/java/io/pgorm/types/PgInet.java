package io.pgorm.types;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.Objects;

/**
 * A PostgreSQL {@code inet}: an IPv4 or IPv6 host address with the prefix length of its subnet
 * ({@code 192.168.1.5/24}). Immutable; equal when address bytes and prefix are equal. The driver's
 * own {@code inet} codec returns a bare {@link InetAddress} and loses the prefix; this keeps it.
 */
public final class PgInet {

  private final InetAddress address;
  private final int prefixLength;

  private PgInet(InetAddress address, int prefixLength) {
    NetworkText.checkPrefix(address, prefixLength, "inet");
    this.address = address;
    this.prefixLength = prefixLength;
  }

  /** A host address with its subnet's prefix length (0..32 for IPv4, 0..128 for IPv6). */
  public static PgInet of(InetAddress address, int prefixLength) {
    return new PgInet(Objects.requireNonNull(address, "address"), prefixLength);
  }

  /** A single host: prefix length 32 (IPv4) or 128 (IPv6). */
  public static PgInet of(InetAddress address) {
    return of(address, address.getAddress().length * 8);
  }

  /**
   * Reads the text form {@code address[/prefix]}: a literal IPv4 or IPv6 address (never a host
   * name: nothing is looked up).
   *
   * @throws IllegalArgumentException if {@code text} is not that
   */
  public static PgInet parse(String text) {
    int slash = text.indexOf('/');
    InetAddress address =
        NetworkText.parseAddress(slash < 0 ? text : text.substring(0, slash), "an inet value");
    return new PgInet(address, NetworkText.prefix(text, slash, address, "an inet value"));
  }

  /** The host address (an IPv4-mapped IPv6 address stays IPv6). */
  public InetAddress address() {
    return address;
  }

  /** Bits of the subnet's network part: 0..32 (IPv4) or 0..128 (IPv6). */
  public int prefixLength() {
    return prefixLength;
  }

  /** Whether this is one host: the prefix covers the whole address. */
  public boolean isHost() {
    return prefixLength == address.getAddress().length * 8;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PgInet i
        && prefixLength == i.prefixLength
        && Arrays.equals(address.getAddress(), i.address.getAddress());
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(address.getAddress()) + prefixLength;
  }

  /** The server's form: {@code 192.168.1.5/24}, and {@code 10.0.0.1} for a single host. */
  @Override
  public String toString() {
    String a = NetworkText.print(address);
    return isHost() ? a : a + "/" + prefixLength;
  }
}
