package io.pgorm.schema.internal.ast;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code domain name as type [not null] [default (sql)] [collate c] [[constraint n] check (sql)]...
 * [@attr...]}.
 */
public record DomainDecl(
    @Nullable String doc,
    QName name,
    TypeRef type,
    boolean notNull,
    Value.@Nullable Sql defaultValue,
    @Nullable QName collation,
    List<Check> checks,
    List<Attribute> attributes,
    Pos pos)
    implements Decl {

  public DomainDecl {
    checks = List.copyOf(checks);
    attributes = List.copyOf(attributes);
  }

  /** {@code [constraint name] check (sql)}. */
  /** {@code [/// doc] [constraint name] check (sql)}. */
  public record Check(@Nullable String doc, @Nullable Ident name, Value.Sql expression, Pos pos) {}
}
