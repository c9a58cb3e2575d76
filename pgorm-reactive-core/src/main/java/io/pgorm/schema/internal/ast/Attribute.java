package io.pgorm.schema.internal.ast;

import java.util.List;

/**
 * {@code @name(args)} on a field or {@code @@name(args)} on a block.
 *
 * @param block whether it was written with {@code @@}
 * @param parens whether an argument list in parentheses followed, even an empty one
 */
public record Attribute(Ident name, boolean block, boolean parens, List<Arg> args, Pos pos) {

  public Attribute {
    args = List.copyOf(args);
  }

  /** The name with its {@code @} or {@code @@}, for messages. */
  public String display() {
    return (block ? "@@" : "@") + name.text();
  }
}
