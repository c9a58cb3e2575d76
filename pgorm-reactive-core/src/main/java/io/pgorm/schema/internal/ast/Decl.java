package io.pgorm.schema.internal.ast;

import org.jspecify.annotations.Nullable;

/** A top-level declaration. */
public sealed interface Decl
    permits SchemaDecl,
        ExtensionDecl,
        RoleDecl,
        EnumDecl,
        CompositeDecl,
        DomainDecl,
        SequenceDecl,
        ModelDecl,
        ViewDecl,
        RoutineDecl,
        TriggerDecl,
        PartitionDecl,
        GrantDecl {

  /** The {@code ///} doc comment before it, or null. */
  @Nullable String doc();

  /** Where its keyword starts. */
  Pos pos();
}
