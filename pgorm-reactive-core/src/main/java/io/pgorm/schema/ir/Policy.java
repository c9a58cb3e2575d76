package io.pgorm.schema.ir;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A row-level security policy. {@code roles} empty means PUBLIC. */
public record Policy(
    String name,
    PolicyCommand command,
    boolean permissive,
    List<String> roles,
    @Nullable String using,
    @Nullable String withCheck,
    @Nullable String comment) {

  public Policy {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(command, "command");
    roles = List.copyOf(roles);
  }
}
