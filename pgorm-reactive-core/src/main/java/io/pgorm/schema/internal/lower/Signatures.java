package io.pgorm.schema.internal.lower;

import io.pgorm.schema.Identifiers;
import io.pgorm.schema.internal.ast.RoutineDecl;
import io.pgorm.schema.ir.ArgMode;
import io.pgorm.schema.ir.Routine;
import io.pgorm.schema.ir.RoutineArg;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Overloads: a routine is identified by its name and its input argument types. */
public final class Signatures {

  private final Lowering lowering;

  Signatures(Lowering lowering) {
    this.lowering = lowering;
  }

  void check() {
    Map<String, Located<RoutineDecl>> seen = new HashMap<>();
    for (int i = 0; i < lowering.routines.size(); i++) {
      Routine r = lowering.routines.get(i);
      Located<RoutineDecl> l = lowering.routineDecls.get(i);
      String sig = r.name() + "(" + String.join(", ", inputTypes(r)) + ")";
      Located<RoutineDecl> previous = seen.putIfAbsent(sig, l);
      if (previous != null) {
        lowering
            .ctx(l.source())
            .error(
                l.decl().name().pos(),
                "duplicate "
                    + (r.kind() == io.pgorm.schema.ir.RoutineKind.PROCEDURE
                        ? "procedure"
                        : "function")
                    + " '"
                    + Symbols.display(r.name())
                    + "("
                    + String.join(", ", inputTypes(r))
                    + ")': declared at "
                    + Symbols.where(previous)
                    + " with the same input argument types");
      }
    }
  }

  /**
   * The types that identify a routine, those of its in, inout and variadic arguments, as SQL:
   * {@code integer}, {@code billing."Status"[]} (no modifiers; {@code public} left out).
   */
  public static List<String> inputTypes(Routine r) {
    List<String> out = new ArrayList<>();
    for (RoutineArg a : r.arguments()) {
      if (a.mode() != ArgMode.OUT) {
        out.add(sqlType(a.type()));
      }
    }
    return out;
  }

  /** A type in a signature, as SQL. */
  public static String sqlType(io.pgorm.schema.ir.TypeRef t) {
    String base;
    if (t.schema() == null) {
      base = t.name();
    } else if (t.schema().equals(Symbols.PUBLIC)) {
      base = Identifiers.quote(t.name());
    } else {
      base = Identifiers.quote(t.schema()) + "." + Identifiers.quote(t.name());
    }
    return base + "[]".repeat(t.arrayDimensions());
  }
}
