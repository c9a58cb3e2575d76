package io.pgorm.schema.internal;

import java.util.Set;

/** The words that start a top-level declaration. Only significant at the start of a line. */
final class Keywords {

  static final Set<String> DECLARATIONS =
      Set.of(
          "schema",
          "extension",
          "role",
          "enum",
          "type",
          "domain",
          "sequence",
          "model",
          "view",
          "materialized",
          "function",
          "procedure",
          "trigger",
          "constraint",
          "partition",
          "grant");

  private Keywords() {}

  static boolean isDeclaration(String word) {
    return DECLARATIONS.contains(word);
  }
}
