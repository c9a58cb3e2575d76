package io.pgorm.migrate.sql;

import static io.pgorm.migrate.sql.SqlText.literal;
import static io.pgorm.migrate.sql.SqlText.qualified;
import static io.pgorm.migrate.sql.SqlText.quoteIdent;
import static io.pgorm.migrate.sql.SqlText.typeName;

import io.pgorm.schema.ir.ArgMode;
import io.pgorm.schema.ir.ParallelSafety;
import io.pgorm.schema.ir.Routine;
import io.pgorm.schema.ir.RoutineArg;
import io.pgorm.schema.ir.RoutineKind;
import io.pgorm.schema.ir.RoutineReturn;
import io.pgorm.schema.ir.TypeRef;
import io.pgorm.schema.ir.Volatility;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** Functions and procedures. */
public final class RoutineDdl {

  /** Settings whose value is a list of names, written as is rather than as one string. */
  private static final Set<String> LIST_SETTINGS =
      Set.of(
          "search_path",
          "temp_tablespaces",
          "local_preload_libraries",
          "session_preload_libraries",
          "shared_preload_libraries");

  private RoutineDdl() {}

  /** {@code CREATE FUNCTION} or {@code CREATE PROCEDURE}, with every attribute the IR holds. */
  public static String createRoutine(Routine r) {
    return create(r, false);
  }

  /**
   * {@code CREATE OR REPLACE FUNCTION|PROCEDURE}: replaces the body and every attribute of an
   * existing routine of the same argument types, keeping what depends on it (triggers, grants).
   * PostgreSQL refuses it when the return type, argument names or OUT arguments differ, or when
   * argument defaults are removed.
   */
  public static String createOrReplaceRoutine(Routine r) {
    return create(r, true);
  }

  private static String create(Routine r, boolean orReplace) {
    StringBuilder b = new StringBuilder(orReplace ? "CREATE OR REPLACE " : "CREATE ");
    b.append(r.kind() == RoutineKind.FUNCTION ? "FUNCTION " : "PROCEDURE ");
    b.append(qualified(r.name()));
    StringJoiner args = new StringJoiner(", ", "(", ")");
    r.arguments().forEach(a -> args.add(argument(a)));
    b.append(args);
    RoutineReturn returns = r.returns();
    if (returns != null) {
      b.append(" RETURNS ").append(returns(returns));
    }
    b.append(" LANGUAGE ").append(quoteIdent(r.language()));
    if (r.kind() == RoutineKind.FUNCTION) {
      if (r.volatility() != Volatility.VOLATILE) {
        b.append(' ').append(r.volatility().name());
      }
      if (r.strict()) {
        b.append(" STRICT");
      }
    }
    if (r.securityDefiner()) {
      b.append(" SECURITY DEFINER");
    }
    if (r.kind() == RoutineKind.FUNCTION && r.parallel() != ParallelSafety.UNSAFE) {
      b.append(" PARALLEL ").append(r.parallel().name());
    }
    b.append(hints(r));
    new TreeMap<>(r.settings())
        .forEach(
            (k, v) ->
                b.append(" SET ")
                    .append(quoteIdent(k))
                    .append(" TO ")
                    .append(LIST_SETTINGS.contains(k) ? v : literal(v)));
    if (isSqlStandardBody(r)) {
      b.append('\n').append(r.body().strip());
    } else {
      String tag = dollarTag(r.body());
      b.append(" AS ").append(tag).append(r.body()).append(tag);
    }
    return b.toString();
  }

  /** {@code LEAKPROOF}, {@code COST n}, {@code ROWS n} as far as they are not the defaults. */
  private static String hints(Routine r) {
    StringBuilder b = new StringBuilder();
    if (r.leakproof()) {
      b.append(" LEAKPROOF");
    }
    if (r.cost() != null) {
      b.append(" COST ").append(r.cost().toPlainString());
    }
    if (r.rows() != null) {
      b.append(" ROWS ").append(r.rows().toPlainString());
    }
    return b.toString();
  }

  /**
   * {@code ALTER FUNCTION ... [NOT] LEAKPROOF COST n ROWS n}: the planner hints of {@code to}, each
   * stated (a default explicitly, since ALTER keeps what it does not name); {@code null} when
   * {@code from} and {@code to} differ in more than the hints and the comment, or not at all.
   */
  public static @Nullable String alterHints(Routine from, Routine to) {
    if (from.kind() != RoutineKind.FUNCTION
        || !from.withComment(null)
            .equals(
                new Routine(
                    to.name(),
                    to.kind(),
                    to.arguments(),
                    to.returns(),
                    to.language(),
                    to.volatility(),
                    to.strict(),
                    to.securityDefiner(),
                    to.parallel(),
                    to.settings(),
                    to.body(),
                    null,
                    from.leakproof(),
                    from.cost(),
                    from.rows()))
        || (from.leakproof() == to.leakproof()
            && java.util.Objects.equals(from.cost(), to.cost())
            && java.util.Objects.equals(from.rows(), to.rows()))) {
      return null;
    }
    StringBuilder b = new StringBuilder("ALTER FUNCTION ").append(signature(to));
    b.append(to.leakproof() ? " LEAKPROOF" : " NOT LEAKPROOF");
    java.math.BigDecimal cost = to.cost();
    b.append(" COST ")
        .append((cost == null ? Routine.defaultCost(to.language()) : cost).toPlainString());
    RoutineReturn ret = to.returns();
    if (ret != null && ret.returnsSet()) {
      java.math.BigDecimal rows = to.rows();
      b.append(" ROWS ").append(rows == null ? "1000" : rows.toPlainString());
    }
    return b.toString();
  }

  /** {@code DROP FUNCTION|PROCEDURE name(argument types)}. */
  public static String dropRoutine(Routine r) {
    return "DROP " + r.kind().name() + " " + signature(r);
  }

  /**
   * {@code schema.name(type, ...)} with the types of the arguments that identify the routine (all
   * but OUT ones), as {@code COMMENT ON}, {@code GRANT} and {@code DROP} want it.
   */
  public static String signature(Routine r) {
    StringJoiner types = new StringJoiner(", ", "(", ")");
    for (RoutineArg a : r.arguments()) {
      if (a.mode() != ArgMode.OUT) {
        types.add(typeName(a.type()));
      }
    }
    return qualified(r.name()) + types;
  }

  /** Whether the body is SQL-standard ({@code BEGIN ATOMIC ... END} or {@code RETURN ...}). */
  public static boolean isSqlStandardBody(Routine r) {
    if (!r.language().equals("sql")) {
      return false;
    }
    String body = r.body().strip().toUpperCase(Locale.ROOT);
    return body.startsWith("BEGIN ATOMIC")
        || (body.startsWith("RETURN")
            && body.length() > 6
            && !Character.isLetterOrDigit(body.charAt(6))
            && body.charAt(6) != '_');
  }

  private static String argument(RoutineArg a) {
    StringBuilder b = new StringBuilder();
    if (a.mode() != ArgMode.IN) {
      b.append(a.mode().name()).append(' ');
    }
    String name = a.name();
    if (name != null) {
      b.append(quoteIdent(name)).append(' ');
    }
    b.append(typeName(a.type()));
    String dflt = a.defaultExpression();
    if (dflt != null) {
      b.append(" DEFAULT ").append(dflt);
    }
    return b.toString();
  }

  private static String returns(RoutineReturn returns) {
    TypeRef type = returns.type();
    if (type == null) {
      return "TABLE " + TypeDdl.attributes(returns.table());
    }
    return (returns.setOf() ? "SETOF " : "") + typeName(type);
  }

  private static String dollarTag(String body) {
    if (!body.contains("$$")) {
      return "$$";
    }
    String tag = "$body$";
    for (int i = 1; body.contains(tag); i++) {
      tag = "$body" + i + "$";
    }
    return tag;
  }
}
