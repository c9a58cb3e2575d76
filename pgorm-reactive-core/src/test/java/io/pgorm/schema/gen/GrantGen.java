package io.pgorm.schema.gen;

import io.pgorm.schema.Identifiers;
import io.pgorm.schema.ir.Grant;
import io.pgorm.schema.ir.QualifiedName;
import io.pgorm.schema.ir.Routine;
import io.pgorm.schema.ir.RoutineKind;
import io.pgorm.schema.ir.SchemaModel;
import io.pgorm.schema.ir.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Grants on tables, columns, sequences, routines, schemas and types, as lowering writes them. */
final class GrantGen {

  private final Random r;
  private final Features f;
  private final List<String> roles;

  GrantGen(Random r, Features f, List<String> roles) {
    this.r = r;
    this.f = f;
    this.roles = roles;
  }

  List<Grant> generate(SchemaModel m) {
    List<Grant> out = new ArrayList<>();
    for (int i = r.nextInt(5); i > 0; i--) {
      String grantee = roles.isEmpty() || r.nextInt(4) == 0 ? "PUBLIC" : Pools.pick(r, roles);
      boolean option = r.nextInt(4) == 0;
      switch (r.nextInt(5)) {
        case 0 -> {
          if (!m.tables().isEmpty()) {
            Table t = Pools.pick(r, m.tables());
            List<String> privileges = new ArrayList<>(List.of("SELECT", "INSERT"));
            if (!t.columns().isEmpty() && r.nextBoolean()) {
              privileges.add("UPDATE (" + Identifiers.quote(t.columns().get(0).name()) + ")");
              f.add("grant on columns");
            }
            out.add(
                new Grant(
                    r.nextInt(4) == 0 ? List.of("ALL") : privileges,
                    "TABLE",
                    t.name(),
                    grantee,
                    option));
            f.add("grant on table");
          }
        }
        case 1 -> {
          if (!m.sequences().isEmpty()) {
            out.add(
                new Grant(
                    List.of("USAGE"),
                    "SEQUENCE",
                    Pools.pick(r, m.sequences()).name(),
                    grantee,
                    option));
            f.add("grant on sequence");
          }
        }
        case 2 -> {
          if (!m.routines().isEmpty()) {
            Routine fn = Pools.pick(r, m.routines());
            List<String> types = io.pgorm.schema.internal.lower.Signatures.inputTypes(fn);
            String kind = fn.kind() == RoutineKind.PROCEDURE ? "PROCEDURE" : "FUNCTION";
            out.add(
                new Grant(
                    List.of("EXECUTE"),
                    kind,
                    QualifiedName.of(
                        fn.name().schema(),
                        fn.name().name() + "(" + String.join(", ", types) + ")"),
                    grantee,
                    option));
            f.add("grant on routine");
          }
        }
        case 3 -> {
          String schema =
              m.schemas().isEmpty() || r.nextBoolean() ? "public" : Pools.pick(r, m.schemas());
          out.add(
              new Grant(
                  List.of("USAGE", "CREATE"),
                  "SCHEMA",
                  QualifiedName.of(schema, schema),
                  grantee,
                  option));
          f.add("grant on schema");
        }
        default -> {
          if (!m.enums().isEmpty()) {
            out.add(
                new Grant(
                    List.of("USAGE"), "TYPE", Pools.pick(r, m.enums()).name(), grantee, option));
            f.add("grant on type");
          } else if (!m.domains().isEmpty()) {
            out.add(
                new Grant(
                    List.of("USAGE"),
                    "DOMAIN",
                    Pools.pick(r, m.domains()).name(),
                    grantee,
                    option));
            f.add("grant on type");
          }
        }
      }
    }
    return out;
  }
}
