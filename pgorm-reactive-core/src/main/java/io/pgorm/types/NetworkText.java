package io.pgorm.types;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** Parsing and printing of IP addresses in PostgreSQL's forms, without any name look-up. */
final class NetworkText {

  private NetworkText() {}

  /** A literal IPv4 or IPv6 address; never a host name (that would ask DNS). */
  static InetAddress parseAddress(String text, String what) {
    try {
      if (text.indexOf(':') >= 0) {
        if (text.indexOf('%') >= 0) {
          throw bad(text, what, "zone ids (%...) are not supported by PostgreSQL");
        }
        InetAddress parsed = InetAddress.getByName(text);
        if (parsed.getAddress().length == 4) {
          // Java turns ::ffff:a.b.c.d into an IPv4 address; PostgreSQL keeps it IPv6.
          byte[] mapped = new byte[16];
          mapped[10] = (byte) 0xff;
          mapped[11] = (byte) 0xff;
          System.arraycopy(parsed.getAddress(), 0, mapped, 12, 4);
          return fromBytes(mapped);
        }
        return parsed;
      }
      String[] parts = text.split("\\.", -1);
      if (parts.length != 4) {
        throw bad(text, what, "an IPv4 address has four dot-separated numbers");
      }
      byte[] bytes = new byte[4];
      for (int i = 0; i < 4; i++) {
        if (parts[i].isEmpty()
            || parts[i].length() > 3
            || !parts[i].chars().allMatch(Character::isDigit)) {
          throw bad(text, what, "\"" + parts[i] + "\" is not a number from 0 to 255");
        }
        int v = Integer.parseInt(parts[i]);
        if (v > 255) {
          throw bad(text, what, v + " is not a number from 0 to 255");
        }
        bytes[i] = (byte) v;
      }
      return InetAddress.getByAddress(bytes);
    } catch (UnknownHostException e) {
      IllegalArgumentException ex = bad(text, what, "not an IP address literal");
      ex.initCause(e);
      throw ex;
    }
  }

  /** 4 bytes: IPv4; 16 bytes: IPv6, kept IPv6 even when IPv4-mapped (Java would unmap it). */
  static InetAddress fromBytes(byte[] b) {
    try {
      return b.length == 16 ? Inet6Address.getByAddress(null, b, -1) : InetAddress.getByAddress(b);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("an IP address has 4 or 16 bytes, not " + b.length, e);
    }
  }

  /** The prefix after {@code /}, or the address's full length when there is none. */
  static int prefix(String text, int slash, InetAddress address, String what) {
    int max = address.getAddress().length * 8;
    if (slash < 0) {
      return max;
    }
    String p = text.substring(slash + 1);
    if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit)) {
      throw bad(text, what, "the prefix length \"" + p + "\" is not a number");
    }
    int n = Integer.parseInt(p);
    if (n > max) {
      throw bad(text, what, "the prefix length " + n + " exceeds " + max);
    }
    return n;
  }

  static void checkPrefix(InetAddress address, int prefix, String what) {
    int max = address.getAddress().length * 8;
    if (prefix < 0 || prefix > max) {
      throw new IllegalArgumentException(
          what + " prefix length " + prefix + " is outside 0.." + max + " for " + print(address));
    }
  }

  /** PostgreSQL's form: dotted IPv4; IPv6 with the longest zero run as {@code ::}. */
  static String print(InetAddress address) {
    byte[] b = address.getAddress();
    if (b.length == 4) {
      return (b[0] & 0xff) + "." + (b[1] & 0xff) + "." + (b[2] & 0xff) + "." + (b[3] & 0xff);
    }
    int[] words = new int[8];
    for (int i = 0; i < 8; i++) {
      words[i] = (b[2 * i] & 0xff) << 8 | (b[2 * i + 1] & 0xff);
    }
    int bestBase = -1;
    int bestLen = 0;
    for (int i = 0; i < 8; ) {
      if (words[i] != 0) {
        i++;
        continue;
      }
      int j = i;
      while (j < 8 && words[j] == 0) {
        j++;
      }
      if (j - i > bestLen) {
        bestBase = i;
        bestLen = j - i;
      }
      i = j;
    }
    if (bestLen < 2) {
      bestBase = -1;
    }
    StringBuilder s = new StringBuilder(39);
    for (int i = 0; i < 8; i++) {
      if (i == bestBase) {
        s.append(':');
        i += bestLen - 1;
        if (i == 7) {
          s.append(':');
        }
        continue;
      }
      if (i > 0) {
        s.append(':');
      }
      boolean embeddedV4 =
          i == 6 && bestBase == 0 && (bestLen == 6 || (bestLen == 5 && words[5] == 0xffff));
      if (embeddedV4) {
        s.append(b[12] & 0xff).append('.').append(b[13] & 0xff).append('.');
        s.append(b[14] & 0xff).append('.').append(b[15] & 0xff);
        break;
      }
      s.append(Integer.toHexString(words[i]));
    }
    return s.toString();
  }

  static IllegalArgumentException bad(String text, String what, String why) {
    return new IllegalArgumentException("not " + what + ": \"" + text + "\": " + why);
  }
}
