package io.pgorm.schema.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgorm.schema.SchemaException;
import io.pgorm.schema.internal.ast.SchemaFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ParserSmokeTest {

  @Test
  void parsesEverything() throws IOException {
    String text;
    try (InputStream in = getClass().getResourceAsStream("/schema/everything.pgorm")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Reporter r = new Reporter();
    SchemaFile f = Parser.parse(new Source("everything.pgorm", text), r);
    try {
      r.throwIfErrors();
    } catch (SchemaException e) {
      System.out.println(e.getMessage());
      throw e;
    }
    f.decls().forEach(System.out::println);
    assertThat(f.decls()).hasSizeGreaterThan(20);
  }
}
