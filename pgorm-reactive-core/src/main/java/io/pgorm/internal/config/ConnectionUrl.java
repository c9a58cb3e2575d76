package io.pgorm.internal.config;

import io.pgorm.PgOrmConfig;
import io.pgorm.error.ConfigurationException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A parsed connection URL. Written by hand rather than with {@link java.net.URI}, which rejects
 * what libpq accepts (unescaped characters in passwords, {@code postgresql:///db}).
 */
public final class ConnectionUrl {

  private static final List<String> SCHEMES =
      List.of(
          "postgresql://",
          "postgres://",
          "r2dbc:postgresql://",
          "r2dbc:postgres://",
          "r2dbc:pool:postgresql://");

  /** An option as written: the spelling used and the value. */
  private record Setting(ConfigOption option, String name, String value) {}

  private final String source;
  private final Map<ConfigOption, Setting> values;

  private ConnectionUrl(String source, Map<ConfigOption, Setting> values) {
    this.source = source;
    this.values = values;
  }

  /**
   * Parses {@code url}; {@code source} names where it came from ({@code PGORM_URL}, "the URL") in
   * error messages. Nothing is applied until {@link #applyTo}.
   *
   * @throws ConfigurationException naming the source, the wrong part and the URL (password hidden)
   */
  public static ConnectionUrl parse(String url, String source) {
    return new Parser(url, source).parse();
  }

  /**
   * Sets every part the URL names on the builder.
   *
   * @throws ConfigurationException naming the option whose value the builder refused
   */
  public void applyTo(PgOrmConfig.Builder builder) {
    values.values().forEach(s -> apply(builder, s.option(), s.name(), s.value(), source));
  }

  /**
   * Sets one option, re-raising the builder's refusal with {@code name} (the spelling the user
   * wrote) and {@code where} (the URL, the variable) in the message.
   */
  static void apply(
      PgOrmConfig.Builder builder, ConfigOption option, String name, String value, String where) {
    try {
      option.apply(builder, value);
    } catch (ConfigurationException e) {
      throw new ConfigurationException(name, e.problem(), where, e.hint(), e);
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(name, String.valueOf(e.getMessage()), where, null, e);
    }
  }

  private static final class Parser {
    private final String url;
    private final String source;
    private final Map<ConfigOption, Setting> values = new LinkedHashMap<>();

    Parser(String url, String source) {
      this.url = url;
      this.source = source;
    }

    ConnectionUrl parse() {
      String rest = stripScheme(url.trim());
      int pathStart = indexOfAny(rest, '/', '?');
      String authority = pathStart < 0 ? rest : rest.substring(0, pathStart);
      String tail = pathStart < 0 ? "" : rest.substring(pathStart);
      parseAuthority(authority);
      int queryStart = tail.indexOf('?');
      String path = queryStart < 0 ? tail : tail.substring(0, queryStart);
      if (path.length() > 1) {
        put(ConfigOption.DATABASE, decode(path.substring(1), "database name"));
      }
      if (queryStart >= 0) {
        parseQuery(tail.substring(queryStart + 1));
      }
      return new ConnectionUrl(source, values);
    }

    private String stripScheme(String text) {
      for (String scheme : SCHEMES) {
        if (text.regionMatches(true, 0, scheme, 0, scheme.length())) {
          return text.substring(scheme.length());
        }
      }
      throw fail(
          "url",
          "it does not start with postgresql://, postgres:// or r2dbc:postgresql://",
          "write e.g. postgresql://user:password@localhost:5432/mydb");
    }

    private void parseAuthority(String authority) {
      int at = authority.lastIndexOf('@');
      String hostPort = authority;
      if (at >= 0) {
        String userInfo = authority.substring(0, at);
        hostPort = authority.substring(at + 1);
        int colon = userInfo.indexOf(':');
        String user = colon < 0 ? userInfo : userInfo.substring(0, colon);
        if (!user.isEmpty()) {
          put(ConfigOption.USER, decode(user, "user name"));
        }
        if (colon >= 0) {
          put(ConfigOption.PASSWORD, decode(userInfo.substring(colon + 1), "password"));
        }
      }
      if (hostPort.isEmpty()) {
        return;
      }
      if (hostPort.indexOf(',') >= 0) {
        throw fail(
            "host", "several hosts ('" + hostPort + "') are not supported yet", "name one host");
      }
      String host = hostPort;
      String port = null;
      if (hostPort.startsWith("[")) {
        int close = hostPort.indexOf(']');
        if (close < 0) {
          throw fail("host", "the IPv6 address '" + hostPort + "' has no closing ']'", null);
        }
        host = hostPort.substring(1, close);
        String after = hostPort.substring(close + 1);
        if (!after.isEmpty()) {
          if (!after.startsWith(":")) {
            throw fail("host", "unexpected '" + after + "' after the IPv6 address", null);
          }
          port = after.substring(1);
        }
      } else {
        int colon = hostPort.lastIndexOf(':');
        if (colon >= 0) {
          host = hostPort.substring(0, colon);
          port = hostPort.substring(colon + 1);
        }
      }
      if (!host.isEmpty()) {
        put(ConfigOption.HOST, decode(host, "host"));
      }
      if (port != null) {
        if (port.isEmpty() || !port.chars().allMatch(Character::isDigit)) {
          throw fail("port", "'" + port + "' is not a number", "write e.g. localhost:5432");
        }
        put(ConfigOption.PORT, port);
      }
    }

    private void parseQuery(String query) {
      for (String pair : query.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String key = decode(eq < 0 ? pair : pair.substring(0, eq), "option name");
        String value = eq < 0 ? "" : decode(pair.substring(eq + 1), "value of option " + key);
        ConfigOption option = ConfigOption.named(key);
        if (option == null) {
          throw fail(key, "is not a known option", "known options: " + ConfigOption.allNames());
        }
        values.put(option, new Setting(option, key, value));
      }
    }

    private void put(ConfigOption option, String value) {
      values.put(option, new Setting(option, option.canonicalName(), value));
    }

    private String decode(String text, String what) {
      try {
        // '+' is a literal plus in a URL's authority and path; only %XX escapes are decoded.
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        throw fail(what, "has a malformed %-escape", "escape '%' as %25");
      }
    }

    private ConfigurationException fail(String option, String problem, @Nullable String hint) {
      return new ConfigurationException(option, problem + " in " + masked(url), source, hint);
    }

    private static int indexOfAny(String text, char a, char b) {
      int i = text.indexOf(a);
      int j = text.indexOf(b);
      return i < 0 ? j : (j < 0 ? i : Math.min(i, j));
    }
  }

  /** The URL with any password replaced by {@code ***}, for messages and logs. */
  public static String masked(String url) {
    int schemeEnd = url.indexOf("://");
    int at = url.lastIndexOf('@');
    if (schemeEnd < 0 || at < schemeEnd) {
      return url.replaceAll("(?i)(password=)[^&]*", "$1***");
    }
    int colon = url.indexOf(':', schemeEnd + 3);
    String head =
        colon >= 0 && colon < at ? url.substring(0, colon + 1) + "***" : url.substring(0, at);
    return (head + url.substring(at)).replaceAll("(?i)(password=)[^&]*", "$1***");
  }
}
