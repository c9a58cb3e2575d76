package io.pgorm.schema;

import java.util.Objects;

/**
 * One schema file: its name, as messages should show it, and its text.
 *
 * @param name the file name used in messages ({@code schema.pgorm}, {@code db/billing.pgorm})
 * @param text the file's content
 */
public record SchemaSource(String name, String text) {

  public SchemaSource {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
  }
}
