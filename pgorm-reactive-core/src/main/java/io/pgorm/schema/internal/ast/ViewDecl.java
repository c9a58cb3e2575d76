package io.pgorm.schema.internal.ast;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@code [materialized] view name as (query) [{ columns and @@attributes }]}. */
public record ViewDecl(
    @Nullable String doc,
    boolean materialized,
    QName name,
    Value.Sql query,
    List<Member> members,
    Pos pos)
    implements Decl {

  public ViewDecl {
    members = List.copyOf(members);
  }
}
