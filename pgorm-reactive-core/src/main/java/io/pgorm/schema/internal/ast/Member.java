package io.pgorm.schema.internal.ast;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A line inside a {@code { }} block: a field or a block attribute. */
public sealed interface Member {

  @Nullable String doc();

  Pos pos();

  /**
   * {@code name type[?] @attr...}: a column, a composite attribute, a view column or a relation.
   */
  record Field(
      @Nullable String doc,
      Ident name,
      TypeRef type,
      boolean nullable,
      List<Attribute> attributes,
      Pos pos)
      implements Member {
    public Field {
      attributes = List.copyOf(attributes);
    }
  }

  /** {@code @@name(args)} on its own line. */
  record BlockAttr(@Nullable String doc, Attribute attribute) implements Member {
    @Override
    public Pos pos() {
      return attribute.pos();
    }
  }
}
