package io.pgorm.schema.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgorm.schema.Schemas;
import io.pgorm.schema.ir.SchemaModel;
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
    SchemaModel m = Schemas.parse("everything.pgorm", text);
    System.out.println(m);
    assertThat(m.tables()).hasSizeGreaterThan(3);
  }
}
