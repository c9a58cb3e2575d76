package io.pgorm.types;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.Objects;

/**
 * A PostgreSQL {@code cidr}: an IPv4 or IPv6 network, its address with no bit set right of the
 * prefix ({@code 192.168.0.0/16}). Immutable; equal when address bytes and prefix are equal.
 */
public final class PgCidr {

  private final InetAddress network;
  private final int prefixLength;

  private PgCidr(InetAddress network, int prefixLength) {
    NetworkText.checkPrefix(network, prefixLength, "cidr");
    byte[] b = network.getAddress();
    for (int bit = prefixLength; bit < b.length * 8; bit++) {
      if ((b[bit / 8] >> (7 - bit % 8) & 1) != 0) {
        throw new IllegalArgumentException(
            "not a cidr value: "
                + NetworkText.print(network)
                + "/"
                + prefixLength
                + " has bits set right of the prefix; use PgInet for a host in a network, or"
                + " PgCidr.containing(...)");
      }
    }
    this.network = network;
    this.prefixLength = prefixLength;
  }

  /**
   * A network.
   *
   * @throws IllegalArgumentException if {@code network} has bits set right of the prefix
   */
  public static PgCidr of(InetAddress network, int prefixLength) {
    return new PgCidr(Objects.requireNonNull(network, "network"), prefixLength);
  }

  /** The network of {@code prefixLength} bits that holds {@code address} (host bits cleared). */
  public static PgCidr containing(InetAddress address, int prefixLength) {
    NetworkText.checkPrefix(address, prefixLength, "cidr");
    byte[] b = address.getAddress();
    for (int bit = prefixLength; bit < b.length * 8; bit++) {
      b[bit / 8] &= (byte) ~(1 << (7 - bit % 8));
    }
    return new PgCidr(NetworkText.fromBytes(b), prefixLength);
  }

  /**
   * Reads the text form {@code address/prefix} (a missing prefix means a single host).
   *
   * @throws IllegalArgumentException if {@code text} is not that, or has host bits set
   */
  public static PgCidr parse(String text) {
    int slash = text.indexOf('/');
    InetAddress address =
        NetworkText.parseAddress(slash < 0 ? text : text.substring(0, slash), "a cidr value");
    return new PgCidr(address, NetworkText.prefix(text, slash, address, "a cidr value"));
  }

  /** The network address: no bit set right of the prefix. */
  public InetAddress network() {
    return network;
  }

  /** Bits of the network part: 0..32 (IPv4) or 0..128 (IPv6). */
  public int prefixLength() {
    return prefixLength;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PgCidr c
        && prefixLength == c.prefixLength
        && Arrays.equals(network.getAddress(), c.network.getAddress());
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(network.getAddress()) + prefixLength;
  }

  /** The server's form, always with the prefix: {@code 10.0.0.0/8}. */
  @Override
  public String toString() {
    return NetworkText.print(network) + "/" + prefixLength;
  }
}
