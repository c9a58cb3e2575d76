package io.pgorm.schema.internal.ast;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@code enum name { a b 'C d' }}. */
public record EnumDecl(
    @Nullable String doc,
    QName name,
    List<Label> labels,
    List<Member.BlockAttr> attributes,
    Pos pos)
    implements Decl {

  public EnumDecl {
    labels = List.copyOf(labels);
    attributes = List.copyOf(attributes);
  }

  /** One label with its attributes ({@code @renamedFrom}, {@code @java}). */
  public record Label(String value, List<Attribute> attributes, Pos pos) {
    public Label {
      attributes = List.copyOf(attributes);
    }
  }
}
