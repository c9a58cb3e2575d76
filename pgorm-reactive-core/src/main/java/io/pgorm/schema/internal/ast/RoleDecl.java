package io.pgorm.schema.internal.ast;

import org.jspecify.annotations.Nullable;

/** {@code role app_user}: a role that policies and grants may name. */
public record RoleDecl(@Nullable String doc, Ident name, Pos pos) implements Decl {}
