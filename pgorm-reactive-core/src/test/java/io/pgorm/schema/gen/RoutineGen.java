package io.pgorm.schema.gen;

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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Functions (some returning trigger) and procedures, with overloads. */
final class RoutineGen {

  private final Random r;
  private final Features f;
  private final TypeGen types;
  final List<Routine> routines = new ArrayList<>();
  private final Set<String> signatures = new HashSet<>();

  RoutineGen(Random r, Features f, TypeGen types) {
    this.r = r;
    this.f = f;
    this.types = types;
  }

  void generate(List<String> schemas) {
    Map<String, Set<String>> names = new LinkedHashMap<>();
    for (int i = r.nextInt(5); i > 0; i--) {
      String schema = Pools.pick(r, schemas);
      Set<String> used = names.computeIfAbsent(schema, s -> new HashSet<>());
      String name =
          !used.isEmpty() && r.nextInt(4) == 0 ? used.iterator().next() : Pools.name(r, "fn", used);
      Routine routine = r.nextInt(3) == 0 ? trigger(schema, name) : routine(schema, name);
      String sig =
          routine.name()
              + io.pgorm.schema.internal.lower.TypeNames.class.getSimpleName()
              + inputTypes(routine);
      if (signatures.add(sig)) {
        routines.add(routine);
      }
    }
  }

  private static String inputTypes(Routine r) {
    StringBuilder out = new StringBuilder("(");
    for (RoutineArg a : r.arguments()) {
      if (a.mode() != ArgMode.OUT) {
        TypeRef t = a.type();
        out.append(t.schema())
            .append('.')
            .append(t.name())
            .append("[]".repeat(t.arrayDimensions()))
            .append(',');
      }
    }
    return out.append(')').toString();
  }

  List<QualifiedName> triggerFunctions() {
    List<QualifiedName> out = new ArrayList<>();
    for (Routine r : routines) {
      if (r.returns() != null
          && r.returns().type() != null
          && r.returns().type().name().equals("trigger")
          && r.arguments().isEmpty()) {
        out.add(r.name());
      }
    }
    return out;
  }

  private Routine trigger(String schema, String name) {
    f.add("trigger function");
    return new Routine(
        QualifiedName.of(schema, name),
        RoutineKind.FUNCTION,
        List.of(),
        RoutineReturn.of(TypeRef.builtin("trigger")),
        "plpgsql",
        Volatility.VOLATILE,
        false,
        r.nextBoolean(),
        ParallelSafety.UNSAFE,
        Map.of(),
        Pools.pick(r, Pools.BODIES),
        Pools.chance(r, 0.3) ? Pools.comment(r) : null);
  }

  private Routine routine(String schema, String name) {
    boolean procedure = r.nextInt(4) == 0;
    List<RoutineArg> args = new ArrayList<>();
    Set<String> argNames = new HashSet<>();
    boolean defaults = false;
    for (int i = r.nextInt(4); i > 0; i--) {
      ArgMode mode =
          Pools.pick(
              r, List.of(ArgMode.IN, ArgMode.IN, ArgMode.OUT, ArgMode.INOUT, ArgMode.VARIADIC));
      String argName = r.nextInt(4) == 0 ? null : Pools.name(r, "p", argNames);
      TypeRef type = r.nextInt(6) == 0 ? TypeRef.builtin("anyelement") : types.any();
      if (mode == ArgMode.VARIADIC) {
        type =
            new TypeRef(
                type.schema(), type.name(), type.modifiers(), Math.max(1, type.arrayDimensions()));
      }
      String dflt = null;
      if (mode != ArgMode.OUT && (defaults || r.nextInt(4) == 0)) {
        dflt = Pools.pick(r, Pools.EXPRESSIONS);
        defaults = true;
        f.add("argument default");
      }
      args.add(new RoutineArg(mode, argName, type, dflt));
      f.add("argument mode " + mode.name().toLowerCase(java.util.Locale.ROOT));
    }
    RoutineReturn returns = null;
    if (!procedure) {
      returns =
          switch (r.nextInt(3)) {
            case 0 -> {
              f.add("returns setof");
              yield new RoutineReturn(types.any(), true, List.of());
            }
            case 1 -> {
              f.add("returns table");
              List<Attribute> cols = new ArrayList<>();
              Set<String> used = new HashSet<>();
              for (int i = 1 + r.nextInt(2); i > 0; i--) {
                cols.add(new Attribute(Pools.name(r, "col", used), types.builtin(), null));
              }
              yield new RoutineReturn(null, false, cols);
            }
            default -> RoutineReturn.of(r.nextBoolean() ? TypeRef.builtin("void") : types.any());
          };
    }
    Map<String, String> settings = new LinkedHashMap<>();
    if (r.nextBoolean()) {
      settings.put(
          "search_path", Pools.pick(r, List.of("public", "billing, pg_temp", "\"$user\", public")));
      f.add("set search_path");
    }
    if (r.nextInt(4) == 0) {
      settings.put("work_mem", "64MB");
    }
    f.add(procedure ? "procedure" : "function");
    boolean leakproof = !procedure && r.nextInt(4) == 0;
    java.math.BigDecimal cost = null;
    java.math.BigDecimal rows = null;
    if (leakproof) {
      f.add("leakproof");
    }
    if (!procedure && r.nextInt(3) == 0) {
      cost =
          Pools.pick(
              r,
              List.of(
                  new java.math.BigDecimal("0.5"),
                  java.math.BigDecimal.valueOf(100),
                  java.math.BigDecimal.valueOf(25000)));
      f.add("cost");
    }
    if (returns != null && returns.returnsSet() && r.nextInt(2) == 0) {
      rows =
          Pools.pick(
              r,
              List.of(
                  java.math.BigDecimal.ONE,
                  java.math.BigDecimal.valueOf(1000),
                  new java.math.BigDecimal("12.5")));
      f.add("rows");
    }
    return new Routine(
        QualifiedName.of(schema, name),
        procedure ? RoutineKind.PROCEDURE : RoutineKind.FUNCTION,
        args,
        returns,
        Pools.pick(r, List.of("sql", "plpgsql")),
        procedure ? Volatility.VOLATILE : Pools.pick(r, List.of(Volatility.values())),
        !procedure && r.nextBoolean(),
        r.nextBoolean(),
        procedure ? ParallelSafety.UNSAFE : Pools.pick(r, List.of(ParallelSafety.values())),
        settings,
        Pools.pick(r, Pools.BODIES),
        Pools.chance(r, 0.3) ? Pools.comment(r) : null,
        leakproof,
        cost,
        rows);
  }
}
