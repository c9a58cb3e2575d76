package io.pgorm.schema.internal.ast;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code [materialized] view name as (query) [with no data] [{ columns and @@attributes }]}.
 *
 * @param withNoData {@code with no data} on a materialized view
 */
public record ViewDecl(
    @Nullable String doc,
    boolean materialized,
    QName name,
    Value.Sql query,
    boolean withNoData,
    List<Member> members,
    Pos pos)
    implements Decl {

  public ViewDecl {
    members = List.copyOf(members);
  }
}
