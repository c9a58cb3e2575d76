package io.pgorm.migrate.internal.introspect;

import io.pgorm.schema.ir.ArgMode;
import io.pgorm.schema.ir.Attribute;
import io.pgorm.schema.ir.ParallelSafety;
import io.pgorm.schema.ir.QualifiedName;
import io.pgorm.schema.ir.Routine;
import io.pgorm.schema.ir.RoutineArg;
import io.pgorm.schema.ir.RoutineKind;
import io.pgorm.schema.ir.RoutineReturn;
import io.pgorm.schema.ir.TypeRef;
import io.pgorm.schema.ir.Volatility;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Routine rows to IR routines: argument modes, names, defaults, RETURNS TABLE. */
final class Routines {

  private Routines() {}

  /**
   * @param types the argument types by position (all arguments, OUT and TABLE ones included)
   */
  static Routine of(RoutineRow row, List<TypeRef> types) {
    List<RoutineArg> args = new ArrayList<>();
    List<Attribute> table = new ArrayList<>();
    for (int i = 0; i < types.size(); i++) {
      String mode = i < row.modes().size() ? row.modes().get(i) : "i";
      String name = i < row.names().size() ? row.names().get(i) : "";
      String dflt = i < row.defaults().size() ? row.defaults().get(i) : "";
      if (mode.equals("t")) {
        table.add(new Attribute(name, types.get(i), null));
        continue;
      }
      args.add(
          new RoutineArg(
              switch (mode) {
                case "o" -> ArgMode.OUT;
                case "b" -> ArgMode.INOUT;
                case "v" -> ArgMode.VARIADIC;
                default -> ArgMode.IN;
              },
              name.isEmpty() ? null : name,
              types.get(i),
              dflt.isEmpty() ? null : dflt));
    }
    boolean procedure = row.kind().equals("p");
    RoutineReturn returns =
        procedure
            ? null
            : table.isEmpty()
                ? new RoutineReturn(row.returnType(), row.setOf(), List.of())
                : new RoutineReturn(null, false, table);
    return new Routine(
        QualifiedName.of(row.schema(), row.name()),
        procedure ? RoutineKind.PROCEDURE : RoutineKind.FUNCTION,
        args,
        returns,
        row.language(),
        switch (row.volatility()) {
          case "i" -> Volatility.IMMUTABLE;
          case "s" -> Volatility.STABLE;
          default -> Volatility.VOLATILE;
        },
        row.strict(),
        row.securityDefiner(),
        switch (row.parallel()) {
          case "s" -> ParallelSafety.SAFE;
          case "r" -> ParallelSafety.RESTRICTED;
          default -> ParallelSafety.UNSAFE;
        },
        settings(row.settings()),
        row.body(),
        row.comment(),
        row.leakproof(),
        procedure ? null : new BigDecimal(row.cost()),
        // prorows is 0 for a function that returns no set
        returns == null || !returns.returnsSet() ? null : new BigDecimal(row.rows()));
  }

  /** {@code proconfig}'s {@code name=value} entries. */
  private static Map<String, String> settings(List<String> config) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String entry : config) {
      int eq = entry.indexOf('=');
      if (eq > 0) {
        out.put(entry.substring(0, eq), entry.substring(eq + 1));
      }
    }
    return out;
  }
}
