package io.pgorm.schema.internal.ast;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@code partition name of parent for values ... | default [{ @@attributes }]}. */
public record PartitionDecl(
    @Nullable String doc, QName name, QName parent, Bound bound, List<Member> members, Pos pos)
    implements Decl {

  public PartitionDecl {
    members = List.copyOf(members);
  }

  /** The partition bound. */
  public sealed interface Bound {
    Pos pos();
  }

  /** {@code for values from (a, ...) to (b, ...)}. */
  public record Range(List<Value.Sql> from, List<Value.Sql> to, Pos pos) implements Bound {
    public Range {
      from = List.copyOf(from);
      to = List.copyOf(to);
    }
  }

  /** {@code for values in (a, ...)}. */
  public record In(List<Value.Sql> values, Pos pos) implements Bound {
    public In {
      values = List.copyOf(values);
    }
  }

  /** {@code for values with (modulus m, remainder r)}. */
  public record Hash(String modulus, String remainder, Pos pos) implements Bound {}

  /** {@code default}. */
  public record Default(Pos pos) implements Bound {}
}
