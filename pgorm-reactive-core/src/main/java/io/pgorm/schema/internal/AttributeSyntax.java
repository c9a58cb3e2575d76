package io.pgorm.schema.internal;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which attribute arguments hold raw SQL or index elements. The parser must know before it reads
 * them, because SQL is not lexed as schema text; everything else about attributes is checked when
 * lowering.
 */
final class AttributeSyntax {

  private static final Set<String> SQL_FIRST = Set.of("default", "check", "generated");

  private AttributeSyntax() {}

  /** Whether positional argument {@code index} of the attribute is SQL. */
  static boolean sqlPositional(String attribute, int index) {
    return index == 0 && SQL_FIRST.contains(attribute);
  }

  /** Whether the named argument of the attribute is SQL. */
  static boolean sqlNamed(String attribute, String argument) {
    return switch (argument) {
      case "where" -> true;
      case "using", "withCheck" -> attribute.equals("policy");
      default -> false;
    };
  }

  /** Whether the argument is a list of index elements rather than of plain values. */
  static boolean elements(String attribute, boolean block, @Nullable String argument, int index) {
    if (!block) {
      return false;
    }
    if (argument == null) {
      return index == 0 && (attribute.equals("index") || attribute.equals("exclude"));
    }
    return attribute.equals("partitionBy")
        && (argument.equals("range") || argument.equals("list") || argument.equals("hash"));
  }
}
