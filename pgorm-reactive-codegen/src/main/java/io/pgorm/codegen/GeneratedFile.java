package io.pgorm.codegen;

import java.util.Objects;

/**
 * One generated source file.
 *
 * @param path the file's path relative to the output directory, with {@code /} separators, e.g.
 *     {@code com/example/db/Account.java}
 * @param content the file's text (UTF-8 when written)
 */
public record GeneratedFile(String path, String content) {

  public GeneratedFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(content, "content");
  }
}
