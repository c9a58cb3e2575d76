package io.pgorm.schema.ir;

import java.util.Objects;

/** An identity column: {@code GENERATED ALWAYS|BY DEFAULT AS IDENTITY (options)}. */
public record Identity(boolean always, SequenceOptions options) {

  public Identity {
    Objects.requireNonNull(options, "options");
  }
}
