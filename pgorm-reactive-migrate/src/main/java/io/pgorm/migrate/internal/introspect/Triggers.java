package io.pgorm.migrate.internal.introspect;

import io.pgorm.migrate.internal.sql.SqlScan;
import io.pgorm.schema.ir.Deferrability;
import io.pgorm.schema.ir.QualifiedName;
import io.pgorm.schema.ir.Trigger;
import io.pgorm.schema.ir.TriggerEvent;
import io.pgorm.schema.ir.TriggerLevel;
import io.pgorm.schema.ir.TriggerTiming;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Trigger rows to IR triggers: {@code tgtype} bits, {@code tgargs} bytes, the WHEN clause. */
final class Triggers {

  private static final int ROW = 1;
  private static final int BEFORE = 1 << 1;
  private static final int INSERT = 1 << 2;
  private static final int DELETE = 1 << 3;
  private static final int UPDATE = 1 << 4;
  private static final int TRUNCATE = 1 << 5;
  private static final int INSTEAD = 1 << 6;

  private Triggers() {}

  static Trigger of(TriggerRow row) {
    int type = row.type();
    TriggerTiming timing =
        (type & INSTEAD) != 0
            ? TriggerTiming.INSTEAD_OF
            : (type & BEFORE) != 0 ? TriggerTiming.BEFORE : TriggerTiming.AFTER;
    List<TriggerEvent> events = new ArrayList<>();
    if ((type & INSERT) != 0) {
      events.add(TriggerEvent.INSERT);
    }
    if ((type & UPDATE) != 0) {
      events.add(TriggerEvent.UPDATE);
    }
    if ((type & DELETE) != 0) {
      events.add(TriggerEvent.DELETE);
    }
    if ((type & TRUNCATE) != 0) {
      events.add(TriggerEvent.TRUNCATE);
    }
    Deferrability deferrability =
        !row.deferrable()
            ? Deferrability.NOT_DEFERRABLE
            : row.deferred() ? Deferrability.INITIALLY_DEFERRED : Deferrability.INITIALLY_IMMEDIATE;
    return new Trigger(
        row.name(),
        timing,
        events,
        row.updateOf(),
        (type & ROW) != 0 ? TriggerLevel.ROW : TriggerLevel.STATEMENT,
        when(row.definition()),
        row.oldTable(),
        row.newTable(),
        QualifiedName.of(row.functionSchema(), row.functionName()),
        arguments(row.args(), row.argCount()),
        row.constraint(),
        deferrability,
        row.comment(),
        row.fromSchema() == null || row.fromTable() == null
            ? null
            : QualifiedName.of(row.fromSchema(), row.fromTable()));
  }

  /**
   * The condition of {@code ... FOR EACH ROW WHEN (condition) EXECUTE FUNCTION ...}, as the server
   * prints it (in parentheses of its own).
   */
  static @Nullable String when(@Nullable String definition) {
    if (definition == null) {
      return null;
    }
    int at = definition.indexOf(" WHEN (", Math.max(0, definition.indexOf(" FOR EACH ")));
    if (at < 0) {
      return null;
    }
    int open = at + " WHEN ".length();
    int close = SqlScan.closing(definition, open);
    return close < 0 ? null : definition.substring(open + 1, close);
  }

  /** {@code tgargs}: each argument followed by a zero byte. */
  static List<String> arguments(String hex, int count) {
    byte[] bytes = HexFormat.of().parseHex(hex);
    List<String> out = new ArrayList<>(count);
    ByteArrayOutputStream current = new ByteArrayOutputStream();
    for (byte b : bytes) {
      if (b == 0) {
        out.add(current.toString(StandardCharsets.UTF_8));
        current.reset();
      } else {
        current.write(b);
      }
    }
    return out.size() > count ? out.subList(0, count) : out;
  }
}
