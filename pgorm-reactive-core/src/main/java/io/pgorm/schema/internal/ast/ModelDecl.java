package io.pgorm.schema.internal.ast;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@code model name { members }}: a table. */
public record ModelDecl(@Nullable String doc, QName name, List<Member> members, Pos pos)
    implements Decl {

  public ModelDecl {
    members = List.copyOf(members);
  }
}
