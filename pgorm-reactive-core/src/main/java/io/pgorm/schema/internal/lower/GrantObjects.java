package io.pgorm.schema.internal.lower;

import io.pgorm.schema.internal.ast.Decl;
import io.pgorm.schema.internal.ast.GrantDecl;
import io.pgorm.schema.internal.ast.SequenceDecl;
import io.pgorm.schema.ir.QualifiedName;
import io.pgorm.schema.ir.Routine;
import io.pgorm.schema.ir.RoutineKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What a grant is on, and which privileges fit it. */
final class GrantObjects {

  private static final Map<String, Set<String>> PRIVILEGES =
      Map.of(
          "table",
              Set.of(
                  "select",
                  "insert",
                  "update",
                  "delete",
                  "truncate",
                  "references",
                  "trigger",
                  "maintain",
                  "all"),
          "sequence", Set.of("usage", "select", "update", "all"),
          "function", Set.of("execute", "all"),
          "procedure", Set.of("execute", "all"),
          "schema", Set.of("usage", "create", "all"),
          "type", Set.of("usage", "all"),
          "domain", Set.of("usage", "all"));

  private final Lowering lowering;

  GrantObjects(Lowering lowering) {
    this.lowering = lowering;
  }

  @Nullable QualifiedName resolve(GrantDecl g, String schema, Ctx ctx) {
    String kind = g.objectKind();
    for (GrantDecl.Privilege p : g.privileges()) {
      if (!PRIVILEGES.get(kind).contains(p.name())) {
        ctx.error(
            p.pos(),
            "privilege '"
                + p.name()
                + "' does not apply to a "
                + kind
                + " (a "
                + kind
                + " takes "
                + String.join(", ", PRIVILEGES.get(kind).stream().sorted().toList())
                + ")");
        return null;
      }
      if (!p.columns().isEmpty()
          && (!kind.equals("table")
              || !Set.of("select", "insert", "update", "references").contains(p.name()))) {
        ctx.error(p.pos(), "only select, insert, update and references on a table take columns");
        return null;
      }
    }
    if (g.routineArgs() != null && !kind.equals("function") && !kind.equals("procedure")) {
      ctx.error(g.object().pos(), "argument types are for a grant on a function or procedure");
      return null;
    }
    switch (kind) {
      case "schema" -> {
        String name = g.object().last().text();
        if (!g.object().isSimple()
            || !name.equals(Symbols.PUBLIC) && !lowering.symbols.schemas.containsKey(name)) {
          ctx.error(g.object().pos(), "unknown schema '" + g.object() + "'");
          return null;
        }
        return QualifiedName.of(name, name);
      }
      case "function", "procedure" -> {
        return routine(g, schema, ctx, kind);
      }
      case "type", "domain" -> {
        Located<? extends Decl> l = Symbols.resolve(lowering.symbols.types, g.object(), schema);
        if (l == null) {
          ctx.error(g.object().pos(), "unknown " + kind + " '" + g.object() + "'");
          return null;
        }
        return l.name();
      }
      default -> {
        Located<? extends Decl> l = Symbols.resolve(lowering.symbols.relations, g.object(), schema);
        boolean sequence = l != null && l.decl() instanceof SequenceDecl;
        if (l == null || sequence != kind.equals("sequence")) {
          ctx.error(
              g.object().pos(),
              "unknown "
                  + kind
                  + " '"
                  + g.object()
                  + "'"
                  + (sequence
                      ? "; it is a sequence: write 'on sequence " + g.object() + "'"
                      : l == null
                          ? Suggest.didYouMean(g.object().last().text(), relationNames())
                          : ""));
          return null;
        }
        return l.name();
      }
    }
  }

  private List<String> relationNames() {
    List<String> names = new ArrayList<>();
    lowering.symbols.relations.keySet().forEach(q -> names.add(q.name()));
    return names;
  }

  private @Nullable QualifiedName routine(GrantDecl g, String schema, Ctx ctx, String kind) {
    QualifiedName name = lowering.routineName(g.object(), schema);
    List<Routine> overloads = new ArrayList<>();
    for (Routine r : lowering.routines) {
      if (r.name().equals(name)
          && (r.kind() == RoutineKind.PROCEDURE) == kind.equals("procedure")) {
        overloads.add(r);
      }
    }
    if (overloads.isEmpty()) {
      ctx.error(g.object().pos(), "unknown " + kind + " '" + g.object() + "'");
      return null;
    }
    Routine chosen = null;
    if (g.routineArgs() == null) {
      if (overloads.size() > 1) {
        ctx.error(
            g.object().pos(),
            kind
                + " '"
                + g.object()
                + "' has "
                + overloads.size()
                + " overloads; name one with its argument types, as in "
                + g.object()
                + "(integer)");
        return null;
      }
      chosen = overloads.get(0);
    } else {
      List<String> wanted = new ArrayList<>();
      for (var t : g.routineArgs()) {
        TypeResolver.Resolved r = lowering.types.resolve(t, schema, ctx, TypeResolver.Use.ROUTINE);
        if (r == null) {
          return null;
        }
        wanted.add(Signatures.sqlType(r.type()));
      }
      for (Routine r : overloads) {
        if (Signatures.inputTypes(r).equals(wanted)) {
          chosen = r;
        }
      }
      if (chosen == null) {
        ctx.error(
            g.object().pos(),
            "no " + kind + " '" + g.object() + "(" + String.join(", ", wanted) + ")'");
        return null;
      }
    }
    String sig =
        chosen.name().name() + "(" + String.join(", ", Signatures.inputTypes(chosen)) + ")";
    return QualifiedName.of(chosen.name().schema(), sig);
  }

  static String upper(String s) {
    return s.toUpperCase(Locale.ROOT);
  }
}
