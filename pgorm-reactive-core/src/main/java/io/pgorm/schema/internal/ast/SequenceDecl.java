package io.pgorm.schema.internal.ast;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code sequence name [as type] [increment n] [minvalue n] [maxvalue n] [start n] [cache n] [[no]
 * cycle] [owned by table.column]}; each option null when not written.
 */
public record SequenceDecl(
    @Nullable String doc,
    QName name,
    @Nullable TypeRef type,
    @Nullable String increment,
    @Nullable String minValue,
    @Nullable String maxValue,
    @Nullable String start,
    @Nullable String cache,
    @Nullable Boolean cycle,
    @Nullable QName ownedBy,
    List<Attribute> attributes,
    Pos pos)
    implements Decl {

  public SequenceDecl {
    attributes = List.copyOf(attributes);
  }
}
