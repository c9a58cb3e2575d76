package io.pgorm.schema.internal.ast;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@code type name { field type, ... }}: a composite type. */
public record CompositeDecl(@Nullable String doc, QName name, List<Member> members, Pos pos)
    implements Decl {

  public CompositeDecl {
    members = List.copyOf(members);
  }
}
