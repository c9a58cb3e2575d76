package io.pgorm.schema.internal.lower;

import io.pgorm.schema.internal.Source;
import io.pgorm.schema.ir.QualifiedName;

/**
 * A declaration with its file and its resolved name.
 *
 * @param schema the schema its unqualified references resolve in first: its own schema
 */
record Located<D>(D decl, Source source, QualifiedName name) {

  String schema() {
    return name.schema();
  }
}
