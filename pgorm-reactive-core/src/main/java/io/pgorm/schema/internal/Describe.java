package io.pgorm.schema.internal;

import io.pgorm.schema.internal.ast.CompositeDecl;
import io.pgorm.schema.internal.ast.Decl;
import io.pgorm.schema.internal.ast.DomainDecl;
import io.pgorm.schema.internal.ast.EnumDecl;
import io.pgorm.schema.internal.ast.ExtensionDecl;
import io.pgorm.schema.internal.ast.GrantDecl;
import io.pgorm.schema.internal.ast.ModelDecl;
import io.pgorm.schema.internal.ast.PartitionDecl;
import io.pgorm.schema.internal.ast.RoleDecl;
import io.pgorm.schema.internal.ast.RoutineDecl;
import io.pgorm.schema.internal.ast.SchemaDecl;
import io.pgorm.schema.internal.ast.SequenceDecl;
import io.pgorm.schema.internal.ast.TriggerDecl;
import io.pgorm.schema.internal.ast.ViewDecl;

/** How declarations read in messages: {@code model 'account'}. */
final class Describe {

  private Describe() {}

  static String decl(Decl d) {
    if (d instanceof SchemaDecl s) {
      return "schema '" + s.name().text() + "'";
    } else if (d instanceof ExtensionDecl e) {
      return "extension '" + e.name().text() + "'";
    } else if (d instanceof RoleDecl r) {
      return "role '" + r.name().text() + "'";
    } else if (d instanceof EnumDecl e) {
      return "enum '" + e.name() + "'";
    } else if (d instanceof CompositeDecl c) {
      return "type '" + c.name() + "'";
    } else if (d instanceof DomainDecl x) {
      return "domain '" + x.name() + "'";
    } else if (d instanceof SequenceDecl x) {
      return "sequence '" + x.name() + "'";
    } else if (d instanceof ModelDecl m) {
      return "model '" + m.name() + "'";
    } else if (d instanceof ViewDecl v) {
      return (v.materialized() ? "materialized view '" : "view '") + v.name() + "'";
    } else if (d instanceof RoutineDecl r) {
      return (r.procedure() ? "procedure '" : "function '") + r.name() + "'";
    } else if (d instanceof TriggerDecl t) {
      return "trigger '" + t.name().text() + "'";
    } else if (d instanceof PartitionDecl p) {
      return "partition '" + p.name() + "'";
    } else {
      return "grant on '" + ((GrantDecl) d).object() + "'";
    }
  }
}
