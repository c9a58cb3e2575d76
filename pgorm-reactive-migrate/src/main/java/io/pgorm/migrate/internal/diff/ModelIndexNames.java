package io.pgorm.migrate.internal.diff;

import io.pgorm.schema.ir.QualifiedName;

/** Keys back to names. */
final class ModelIndexNames {

  private ModelIndexNames() {}

  /** The qualified name of a relation, type or sequence key. */
  static QualifiedName name(Key key) {
    return QualifiedName.of(key.schema(), key.name());
  }
}
