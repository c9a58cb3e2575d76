package io.pgorm.migrate.internal.introspect;

import io.pgorm.migrate.internal.sql.SqlScan;
import io.pgorm.schema.ir.PartitionBy;
import io.pgorm.schema.ir.PartitionStrategy;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code pg_get_partkeydef} ({@code RANGE (at)}, {@code LIST (lower(name))}, {@code HASH ("Région"
 * text_pattern_ops, ((id + 1)))}) to a {@link PartitionBy}: a key that is a lone column becomes its
 * name; anything else SQL text starting with a parenthesis.
 */
final class Partitions {

  private Partitions() {}

  static @Nullable PartitionBy of(@Nullable String keyDefinition) {
    if (keyDefinition == null) {
      return null;
    }
    int open = keyDefinition.indexOf('(');
    int close = SqlScan.closing(keyDefinition, open);
    if (open < 0 || close < 0) {
      return null;
    }
    PartitionStrategy strategy =
        PartitionStrategy.valueOf(keyDefinition.substring(0, open).strip());
    List<String> keys = new ArrayList<>();
    for (String key : SqlScan.splitTopLevel(keyDefinition.substring(open + 1, close), ',')) {
      keys.add(key(key));
    }
    return new PartitionBy(strategy, keys);
  }

  private static String key(String key) {
    if (key.startsWith("(")) {
      return key;
    }
    SqlScan.Ident ident = SqlScan.identAt(key, 0);
    if (ident == null) {
      return "(" + key + ")";
    }
    if (ident.end() == key.length()) {
      return ident.name();
    }
    int end = ident.end();
    while (end < key.length() && key.charAt(end) == '.') {
      SqlScan.Ident next = SqlScan.identAt(key, end + 1);
      if (next == null) {
        break;
      }
      end = next.end();
    }
    if (end < key.length() && key.charAt(end) == '(') {
      // a function call, then perhaps a collation or an operator class
      int close = SqlScan.closing(key, end);
      return "(" + key.substring(0, close + 1) + ")" + key.substring(close + 1);
    }
    // a column, then a collation or an operator class
    return "(" + key.substring(0, end) + ")" + key.substring(end);
  }
}
