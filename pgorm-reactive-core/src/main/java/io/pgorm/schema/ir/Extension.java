package io.pgorm.schema.ir;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** An extension, optionally in a schema and at a version. */
public record Extension(
    String name, @Nullable String schema, @Nullable String version, @Nullable String comment) {

  public Extension {
    Objects.requireNonNull(name, "name");
  }
}
