package io.pgorm.migrate.internal.sql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;

/**
 * Orders objects so that each comes after those it depends on, keeping the given order where there
 * is no dependency. Objects in a cycle keep their given order (the server will say what is wrong).
 */
public final class DependencyOrder {

  private DependencyOrder() {}

  /** {@code items} sorted so that {@code dependsOn.test(a, b)} puts {@code b} before {@code a}. */
  public static <T> List<T> sort(List<T> items, BiPredicate<T, T> dependsOn) {
    Map<T, Set<T>> pending = new LinkedHashMap<>();
    for (T a : items) {
      Set<T> deps = new LinkedHashSet<>();
      for (T b : items) {
        if (a != b && dependsOn.test(a, b)) {
          deps.add(b);
        }
      }
      pending.put(a, deps);
    }
    List<T> out = new ArrayList<>(items.size());
    while (!pending.isEmpty()) {
      T next = null;
      for (Map.Entry<T, Set<T>> e : pending.entrySet()) {
        if (e.getValue().isEmpty()) {
          next = e.getKey();
          break;
        }
      }
      if (next == null) {
        next = pending.keySet().iterator().next(); // a cycle: take the first in given order
      }
      pending.remove(next);
      for (Set<T> deps : pending.values()) {
        deps.remove(next);
      }
      out.add(next);
    }
    return out;
  }

  /**
   * Whether SQL text mentions the name as an identifier: bare (any case, as unquoted identifiers
   * fold to lower case) or double-quoted. A guess that errs towards "yes".
   */
  public static boolean mentions(String sql, String name) {
    if (sql.contains('"' + name.replace("\"", "\"\"") + '"')) {
      return true;
    }
    if (!sql.toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT))) {
      return false; // the common case, without a regular expression
    }
    return Pattern.compile(
            "(?<![\\p{L}\\p{N}_$])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}_$])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
        .matcher(sql)
        .find();
  }
}
