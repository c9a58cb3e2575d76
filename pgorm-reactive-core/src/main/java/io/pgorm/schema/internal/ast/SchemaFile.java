package io.pgorm.schema.internal.ast;

import java.util.List;

/** The declarations of one file, in order. */
public record SchemaFile(String file, List<Decl> decls) {

  public SchemaFile {
    decls = List.copyOf(decls);
  }
}
