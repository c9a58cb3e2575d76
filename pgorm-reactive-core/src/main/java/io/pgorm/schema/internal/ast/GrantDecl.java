package io.pgorm.schema.internal.ast;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code grant privilege[(cols)], ... on [kind] object[(arg types)] to role, ... [with grant
 * option]}.
 *
 * @param objectKind {@code table}, {@code sequence}, {@code function}, {@code procedure}, {@code
 *     schema}, {@code type} or {@code domain}; {@code table} when not written
 * @param routineArgs the argument types of a function or procedure, or null when not written
 */
public record GrantDecl(
    @Nullable String doc,
    List<Privilege> privileges,
    String objectKind,
    QName object,
    @Nullable List<TypeRef> routineArgs,
    List<Ident> roles,
    boolean grantOption,
    Pos pos)
    implements Decl {

  public GrantDecl {
    privileges = List.copyOf(privileges);
    routineArgs = routineArgs == null ? null : List.copyOf(routineArgs);
    roles = List.copyOf(roles);
  }

  /** {@code select}, {@code update (a, b)}, {@code all}. */
  public record Privilege(String name, List<Ident> columns, Pos pos) {
    public Privilege {
      columns = List.copyOf(columns);
    }
  }
}
