package io.pgorm.schema.internal.ast;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@code schema billing { ... }} or {@code schema billing}. */
public record SchemaDecl(@Nullable String doc, Ident name, List<Decl> body, Pos pos)
    implements Decl {

  public SchemaDecl {
    body = List.copyOf(body);
  }
}
