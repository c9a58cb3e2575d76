package io.pgorm.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgorm.schema.Schemas;
import org.junit.jupiter.api.Test;

/** The comments of composite attributes and view columns reach the javadoc of their components. */
class CommentJavadocTest {

  static final String SCHEMA =
      """
      type address {
        /// Street and number.
        street text
        city   text
      }

      model account {
        id    bigint @id
        email text
      }

      view emails as (select id, email from account) {
        id    bigint
        /// Where we write to.
        email text
      }
      """;

  @Test
  void attributeAndViewColumnCommentsBecomeJavadoc() {
    GeneratedSources sources =
        CodeGenerator.create(CodegenOptions.of("com.example"))
            .generate(Schemas.parse("schema.pgorm", SCHEMA));
    String address = content(sources, "Address.java");
    String emails = content(sources, "Emails.java");
    assertThat(address)
        .contains("@param street attribute {@code street}, {@code text}: Street and number.");
    assertThat(address).contains("@param city attribute {@code city}, {@code text}\n");
    assertThat(emails).contains("Where we write to.");
  }

  private static String content(GeneratedSources sources, String file) {
    return sources.files().stream()
        .filter(f -> f.path().endsWith("/" + file))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + file + " in " + sources.files()))
        .content();
  }
}
