package io.pgorm.schema.ir;

import java.util.List;

/**
 * A privilege grant: {@code privileges} ({@code SELECT}, {@code INSERT}, ..., or {@code ALL}) on
 * {@code object} of {@code objectKind} ({@code TABLE}, {@code SEQUENCE}, {@code FUNCTION}, {@code
 * SCHEMA}, ...) to {@code grantee}.
 */
public record Grant(
    List<String> privileges,
    String objectKind,
    QualifiedName object,
    String grantee,
    boolean withGrantOption) {

  public Grant {
    privileges = List.copyOf(privileges);
  }
}
