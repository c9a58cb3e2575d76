package io.pgorm.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgorm.schema.Schemas;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every example of docs/schema-language.md, and the shop example, generates code that compiles with
 * -Xlint:all -Werror: each construct of the language either maps to Java or is left out cleanly.
 */
class LanguageReferenceTest {

  static final Pattern PGORM = Pattern.compile("```pgorm\n(.*?)```", Pattern.DOTALL);

  @Test
  void everyExampleGeneratesCodeThatCompiles() throws Exception {
    String doc = Files.readString(Path.of("../docs/schema-language.md"));
    List<String> schemas = new ArrayList<>();
    Matcher m = PGORM.matcher(doc);
    while (m.find()) {
      schemas.add(m.group(1));
    }
    schemas.add(Files.readString(Path.of("../examples/src/main/pgorm/shop.pgorm")));
    assertThat(schemas).hasSizeGreaterThan(20);

    List<GeneratedFile> files = new ArrayList<>();
    for (int i = 0; i < schemas.size(); i++) {
      String name = "example" + i + ".pgorm";
      files.addAll(
          CodeGenerator.create(
                  CodegenOptions.builder("com.example.ex" + i).sourceName(name).build())
              .generate(Schemas.parse(name, schemas.get(i)))
              .files());
    }
    Compiler.compile(new GeneratedSources(files), Compiler.cleanDirectory("reference"));
  }
}
