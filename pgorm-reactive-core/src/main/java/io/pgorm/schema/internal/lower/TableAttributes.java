package io.pgorm.schema.internal.lower;

import io.pgorm.schema.internal.ast.Attribute;
import io.pgorm.schema.internal.ast.Ident;
import io.pgorm.schema.internal.ast.IndexElement;
import io.pgorm.schema.internal.ast.Value;
import io.pgorm.schema.ir.ChangeOperation;
import io.pgorm.schema.ir.ChangeStream;
import io.pgorm.schema.ir.ManagedPartitions;
import io.pgorm.schema.ir.PartitionBy;
import io.pgorm.schema.ir.PartitionInterval;
import io.pgorm.schema.ir.PartitionStrategy;
import io.pgorm.schema.ir.Policy;
import io.pgorm.schema.ir.PolicyCommand;
import io.pgorm.schema.ir.RowSecurity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The table attributes that are not constraints or indexes. */
final class TableAttributes {

  private final Lowering lowering;

  TableAttributes(Lowering lowering) {
    this.lowering = lowering;
  }

  /** Roles every cluster has; they need no {@code role} declaration. */
  static final List<String> PSEUDO_ROLES =
      List.of("public", "current_user", "current_role", "session_user");

  void attribute(TableDraft t, Attribute a, Ctx ctx) {
    switch (a.name().text()) {
      case "rls" -> {
        Args args = new Args(a, ctx, 0, "force", "enabled");
        once(t.rlsDeclared, a, ctx);
        t.rlsDeclared = true;
        // enabled: false is PostgreSQL's state after FORCE or CREATE POLICY without ENABLE
        boolean enabled = !args.has("enabled") || Common.flag(args, "enabled");
        t.rowSecurity = new RowSecurity(enabled, Common.flag(args, "force"));
      }
      case "policy" -> policy(t, a, ctx);
      case "notify" -> notify(t, a, ctx);
      case "partitionBy" -> partitionBy(t, a, ctx);
      case "managedPartitions" -> managed(t, a, ctx);
      case "unlogged" -> {
        new Args(a, ctx, 0);
        once(t.unlogged, a, ctx);
        t.unlogged = true;
      }
      case "with" -> with(t, a, ctx);
      case "renamedFrom" -> {
        once(t.renamedFrom != null, a, ctx);
        t.renamedFrom = ColumnLowering.renamedFrom(a, ctx);
      }
      case "java" -> {
        once(t.javaName != null, a, ctx);
        t.javaName = Common.optionalName(new Args(a, ctx, 0, "name"), "name");
      }
      default -> throw new IllegalStateException("not a table attribute: " + a.display());
    }
  }

  /** The storage parameters PostgreSQL 15 takes for a table ({@code toast.*} aside). */
  static final List<String> STORAGE_PARAMETERS =
      List.of(
          "fillfactor",
          "toast_tuple_target",
          "parallel_workers",
          "autovacuum_enabled",
          "autovacuum_vacuum_threshold",
          "autovacuum_vacuum_scale_factor",
          "autovacuum_vacuum_insert_threshold",
          "autovacuum_vacuum_insert_scale_factor",
          "autovacuum_analyze_threshold",
          "autovacuum_analyze_scale_factor",
          "autovacuum_vacuum_cost_delay",
          "autovacuum_vacuum_cost_limit",
          "autovacuum_freeze_min_age",
          "autovacuum_freeze_max_age",
          "autovacuum_freeze_table_age",
          "autovacuum_multixact_freeze_min_age",
          "autovacuum_multixact_freeze_max_age",
          "autovacuum_multixact_freeze_table_age",
          "log_autovacuum_min_duration",
          "user_catalog_table",
          "vacuum_index_cleanup",
          "vacuum_truncate");

  /** Those a table's TOAST table takes, written {@code "toast.name"}. */
  static final List<String> TOAST_PARAMETERS =
      STORAGE_PARAMETERS.stream()
          .filter(
              p ->
                  p.startsWith("autovacuum_")
                      || p.equals("log_autovacuum_min_duration")
                      || p.startsWith("vacuum_"))
          .filter(p -> !p.startsWith("autovacuum_analyze"))
          .toList();

  /** {@code @@with(name: value, ...)}: storage parameters, as {@code CREATE TABLE ... WITH}. */
  private static void with(TableDraft t, Attribute a, Ctx ctx) {
    once(t.storagePos != null, a, ctx);
    t.storagePos = a.pos();
    String[] keys =
        a.args().stream()
            .filter(x -> x.name() != null)
            .map(x -> x.name().text())
            .toArray(String[]::new);
    Args args = new Args(a, ctx, 0, keys);
    java.util.Map<String, String> params =
        Common.parameters(args, new Value.MapOf(a.args(), a.pos()), "the storage parameters");
    if (params.isEmpty()) {
      ctx.error(
          a.pos(), "@@with needs at least one storage parameter, as in @@with(fillfactor: 70)");
    }
    params.forEach(
        (k, v) -> {
          if (STORAGE_PARAMETERS.contains(k)
              || k.startsWith("toast.") && TOAST_PARAMETERS.contains(k.substring(6))) {
            t.storageParameters.put(k, v);
          } else {
            ctx.error(
                a.pos(),
                "unknown storage parameter '"
                    + k
                    + "' of a table"
                    + Suggest.didYouMean(k, STORAGE_PARAMETERS)
                    + " (such as fillfactor, autovacuum_enabled, parallel_workers)");
          }
        });
  }

  private static void once(boolean seen, Attribute a, Ctx ctx) {
    if (seen) {
      ctx.error(a.pos(), a.display() + " is given twice");
    }
  }

  private void policy(TableDraft t, Attribute a, Ctx ctx) {
    Args args = new Args(a, ctx, 1, "as", "for", "to", "using", "withCheck");
    if (!args.require(0, "a name, as in @@policy(own_rows, ...)")) {
      return;
    }
    String name = args.name(args.value(0), "the policy name");
    if (name == null) {
      return;
    }
    String as = args.word(args.value("as"), "'as:'", "permissive", "restrictive");
    String cmd =
        args.word(args.value("for"), "'for:'", "all", "select", "insert", "update", "delete");
    PolicyCommand command =
        cmd == null ? PolicyCommand.ALL : PolicyCommand.valueOf(cmd.toUpperCase(Locale.ROOT));
    List<String> roles = new ArrayList<>();
    List<Ident> to = args.names(args.value("to"), "'to:'");
    if (to != null) {
      for (Ident r : to) {
        if (r.text().equals("public") && to.size() > 1) {
          ctx.error(r.pos(), "'public' already means every role; name it alone or leave it out");
        } else if (!r.text().equals("public")) {
          lowering.checkRole(r, ctx);
          roles.add(r.text());
        }
      }
    }
    String using = args.sql(args.value("using"), "'using:'");
    String withCheck = args.sql(args.value("withCheck"), "'withCheck:'");
    if (using != null && command == PolicyCommand.INSERT) {
      ctx.error(
          args.argPos("using") == null ? a.pos() : args.argPos("using"),
          "a policy for insert takes only withCheck: (there are no existing rows to filter)");
    }
    if (withCheck != null && (command == PolicyCommand.SELECT || command == PolicyCommand.DELETE)) {
      ctx.error(
          args.argPos("withCheck") == null ? a.pos() : args.argPos("withCheck"),
          "a policy for " + cmd + " takes only using: (no new rows are checked)");
    }
    for (int i = 0; i < t.policies.size(); i++) {
      if (t.policies.get(i).name().equals(name)) {
        ctx.error(args.value(0).pos(), "duplicate policy '" + name + "' in " + t.display());
        return;
      }
    }
    t.policies.add(
        new Policy(name, command, !"restrictive".equals(as), roles, using, withCheck, null));
    t.policyPos.add(a.pos());
  }

  private static void notify(TableDraft t, Attribute a, Ctx ctx) {
    Args args = new Args(a, ctx, 3);
    List<ChangeOperation> ops = new ArrayList<>();
    for (int i = 0; i < args.positionalCount(); i++) {
      String w = args.word(args.value(i), "an event", "insert", "update", "delete");
      if (w != null) {
        ChangeOperation op = ChangeOperation.valueOf(w.toUpperCase(Locale.ROOT));
        if (ops.contains(op)) {
          ctx.error(args.value(i).pos(), "event '" + w + "' is given twice in @@notify");
        } else {
          ops.add(op);
        }
      }
    }
    if (args.positionalCount() == 0) {
      ctx.error(a.pos(), "@@notify needs the events to stream: insert, update, delete");
      return;
    }
    once(t.changeStream != null, a, ctx);
    if (!ops.isEmpty()) {
      t.changeStream = new ChangeStream(ops);
    }
  }

  private static void partitionBy(TableDraft t, Attribute a, Ctx ctx) {
    Args args = new Args(a, ctx, 0, "range", "list", "hash");
    List<String> given = new ArrayList<>();
    for (String s : List.of("range", "list", "hash")) {
      if (args.has(s)) {
        given.add(s);
      }
    }
    if (given.size() != 1) {
      ctx.error(
          a.pos(), "@@partitionBy needs exactly one of range: [...], list: [...] or hash: [...]");
      return;
    }
    String strategy = given.get(0);
    List<IndexElement> elements = Elements.of(args, args.value(strategy), "'" + strategy + ":'");
    if (elements == null) {
      return;
    }
    if (!strategy.equals("hash") && elements.size() > 1 && strategy.equals("list")) {
      ctx.error(elements.get(1).pos(), "list partitioning takes one key column or expression");
      return;
    }
    List<String> keys = new ArrayList<>();
    for (IndexElement e : elements) {
      String key = Elements.partitionKey(e, ctx);
      if (key == null) {
        return;
      }
      keys.add(key);
    }
    once(t.partitionBy != null, a, ctx);
    t.partitionBy =
        new PartitionBy(PartitionStrategy.valueOf(strategy.toUpperCase(Locale.ROOT)), keys);
    t.partitionByPos = a.pos();
  }

  private static void managed(TableDraft t, Attribute a, Ctx ctx) {
    Args args = new Args(a, ctx, 0, "interval", "premake", "retain");
    Value iv = args.value("interval");
    if (iv == null) {
      ctx.error(a.pos(), "@@managedPartitions needs interval: day, week, month or year");
      return;
    }
    String interval = args.word(iv, "'interval:'", "day", "week", "month", "year");
    Long premake = args.number(args.value("premake"), "'premake:'");
    Long retain = args.number(args.value("retain"), "'retain:'");
    if (premake != null && (premake < 0 || premake > 1000)) {
      ctx.error(args.value("premake").pos(), "premake must be between 0 and 1000, not " + premake);
      return;
    }
    if (retain != null && (retain < 1 || retain > 100_000)) {
      ctx.error(args.value("retain").pos(), "retain must be between 1 and 100000, not " + retain);
      return;
    }
    if (interval == null) {
      return;
    }
    once(t.managedPartitions != null, a, ctx);
    t.managedPartitions =
        new ManagedPartitions(
            PartitionInterval.valueOf(interval.toUpperCase(Locale.ROOT)),
            premake == null ? 1 : premake.intValue(),
            retain == null ? null : retain.intValue());
    t.managedPos = a.pos();
  }
}
