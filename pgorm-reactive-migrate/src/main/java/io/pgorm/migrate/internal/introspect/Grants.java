package io.pgorm.migrate.internal.introspect;

import io.pgorm.schema.ir.Grant;
import io.pgorm.schema.ir.QualifiedName;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ACL entries to grants: one per object, grantee and grant option, with the privileges in a fixed
 * order, or {@code ALL} when the grantee has every privilege the owner has. A schema is named
 * {@code schema.schema}; a function {@code name(argument types)}; PUBLIC is {@code PUBLIC}.
 */
final class Grants {

  private static final List<String> ORDER =
      List.of(
          "SELECT",
          "INSERT",
          "UPDATE",
          "DELETE",
          "TRUNCATE",
          "REFERENCES",
          "TRIGGER",
          "MAINTAIN",
          "USAGE",
          "CREATE",
          "EXECUTE");

  private Grants() {}

  static List<Grant> of(List<GrantRow> rows) {
    Map<List<Object>, List<GrantRow>> groups = new LinkedHashMap<>();
    for (GrantRow r : rows) {
      groups
          .computeIfAbsent(
              List.of(r.kind(), r.schema(), r.name(), r.grantee(), r.grantable()),
              k -> new ArrayList<>())
          .add(r);
    }
    List<Grant> out = new ArrayList<>();
    for (List<GrantRow> group : groups.values()) {
      GrantRow first = group.get(0);
      List<String> privileges =
          group.stream()
              .map(GrantRow::privilege)
              .distinct()
              .sorted(Comparator.comparingInt(Grants::rank))
              .toList();
      if (privileges.size() >= first.allCount() && first.allCount() > 1) {
        privileges = List.of("ALL");
      }
      out.add(
          new Grant(
              privileges,
              first.kind(),
              QualifiedName.of(first.schema(), first.name()),
              first.grantee().isEmpty() ? "PUBLIC" : first.grantee(),
              first.grantable()));
    }
    return out;
  }

  private static int rank(String privilege) {
    int i = ORDER.indexOf(privilege);
    return i < 0 ? ORDER.size() : i;
  }
}
