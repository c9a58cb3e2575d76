package io.pgorm.test.internal;

import io.pgorm.test.TestDatabaseException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Parses {@code postgresql://}, {@code postgres://} and {@code r2dbc:postgresql://} URLs. Each
 * failure is one {@link TestDatabaseException} that names the setting, shows the URL with its
 * password masked, says what is wrong and shows the expected form.
 */
public final class UrlParser {

  static final String EXPECTED =
      "Expected postgresql://user:password@host:port/database"
          + " (also postgres://... or r2dbc:postgresql://...).";

  private static final Pattern SECRET = Pattern.compile("(//[^/@:]*:)[^/@]*@");
  private static final String[] SCHEMES = {
    "r2dbc:postgresql://", "r2dbc:postgres://", "postgresql://", "postgres://"
  };

  private UrlParser() {}

  /**
   * Parses {@code value}. The user defaults to {@code postgres}, the port to 5432 and the database
   * to {@code postgres}.
   *
   * @param setting the variable or property the value came from, named in errors
   */
  public static Endpoint parse(String setting, String value) {
    String shown = SECRET.matcher(value.strip()).replaceFirst("$1***@");
    String rest = stripScheme(setting, shown, value.strip());
    int slash = indexOfAny(rest, "/?");
    String authority = slash < 0 ? rest : rest.substring(0, slash);
    String tail = slash < 0 ? "" : rest.substring(slash);
    int at = authority.lastIndexOf('@');
    String login = at < 0 ? "" : authority.substring(0, at);
    String hostPort = authority.substring(at + 1);
    int colon = login.indexOf(':');
    String user =
        decode(setting, shown, "user name", colon < 0 ? login : login.substring(0, colon));
    String password =
        colon < 0 ? "" : decode(setting, shown, "password", login.substring(colon + 1));
    int queryAt = tail.indexOf('?');
    String path = queryAt < 0 ? tail : tail.substring(0, queryAt);
    String database =
        decode(setting, shown, "database", path.startsWith("/") ? path.substring(1) : path);
    if (database.contains("/")) {
      throw fail(setting, shown, "the path \"" + path + "\" names more than one database");
    }
    HostPort target = hostPort(setting, shown, hostPort);
    return new Endpoint(
        target.host,
        target.port,
        user.isEmpty() ? "postgres" : user,
        password.isEmpty() ? null : password,
        database.isEmpty() ? "postgres" : database,
        query(setting, shown, queryAt < 0 ? "" : tail.substring(queryAt + 1)));
  }

  private static String stripScheme(String setting, String shown, String value) {
    for (String scheme : SCHEMES) {
      if (value.regionMatches(true, 0, scheme, 0, scheme.length())) {
        return value.substring(scheme.length());
      }
    }
    if (value.regionMatches(true, 0, "jdbc:", 0, 5)) {
      throw fail(setting, shown, "JDBC URLs are not accepted (the user is not part of them)");
    }
    throw fail(setting, shown, "it does not start with postgresql://");
  }

  private record HostPort(String host, int port) {}

  private static HostPort hostPort(String setting, String shown, String text) {
    if (text.contains(",")) {
      throw fail(setting, shown, "several hosts (\"" + text + "\") are not supported");
    }
    String host = text;
    String port = "";
    if (text.startsWith("[")) {
      int close = text.indexOf(']');
      if (close < 0) {
        throw fail(setting, shown, "the IPv6 host \"" + text + "\" lacks its closing ']'");
      }
      host = text.substring(1, close);
      port = text.substring(close + 1);
      if (!port.isEmpty() && !port.startsWith(":")) {
        throw fail(setting, shown, "unexpected \"" + port + "\" after the IPv6 host");
      }
      port = port.isEmpty() ? "" : port.substring(1);
    } else if (text.indexOf(':') >= 0) {
      host = text.substring(0, text.indexOf(':'));
      port = text.substring(text.indexOf(':') + 1);
    }
    if (host.isEmpty()) {
      throw fail(setting, shown, "the host is missing (Unix sockets are not supported)");
    }
    return new HostPort(host, port.isEmpty() ? 5432 : port(setting, shown, port));
  }

  private static int port(String setting, String shown, String text) {
    try {
      int port = Integer.parseInt(text);
      if (port >= 1 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below, with the same message as an out-of-range number
    }
    throw fail(setting, shown, "the port \"" + text + "\" is not a number from 1 to 65535");
  }

  private static Map<String, String> query(String setting, String shown, String text) {
    Map<String, String> params = new LinkedHashMap<>();
    for (String pair : text.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw fail(setting, shown, "the query parameter \"" + pair + "\" is not name=value");
      }
      params.put(
          decode(setting, shown, "query", pair.substring(0, eq)),
          decode(setting, shown, "query", pair.substring(eq + 1)));
    }
    return params;
  }

  private static String decode(String setting, String shown, String part, String text) {
    try {
      // In a URI '+' is a literal plus outside of form bodies; URLDecoder would make it a space.
      return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      // The decoder's own message would quote the text, which may be the password.
      throw fail(setting, shown, "the " + part + " has a malformed %-escape");
    }
  }

  private static int indexOfAny(String text, String chars) {
    for (int i = 0; i < text.length(); i++) {
      if (chars.indexOf(text.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  private static TestDatabaseException fail(String setting, String shown, String problem) {
    return new TestDatabaseException(
        setting
            + " is not a usable PostgreSQL URL (\""
            + shown
            + "\"): "
            + problem
            + ". "
            + EXPECTED);
  }
}
