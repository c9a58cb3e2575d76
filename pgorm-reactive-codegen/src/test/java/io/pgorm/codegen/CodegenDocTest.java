package io.pgorm.codegen;

import static io.pgorm.codegen.TableBuilder.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.pgorm.schema.Schemas;
import io.pgorm.schema.ir.SchemaModel;
import io.pgorm.schema.ir.TypeRef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/codegen.md: its schema parses and is canonical, the files it shows are what the generator
 * writes for it, and its usage example compiles against them (with -Xlint:all -Werror) and runs.
 */
class CodegenDocTest {

  static final Pattern BLOCK =
      Pattern.compile("<!-- (.+?) -->\n```[a-z]*\n(.*?)```", Pattern.DOTALL);

  static Map<String, String> blocks = new LinkedHashMap<>();
  static GeneratedSources sources;

  @BeforeAll
  static void readDoc() throws Exception {
    String doc = Files.readString(Path.of("../docs/codegen.md"));
    Matcher m = BLOCK.matcher(doc);
    while (m.find()) {
      blocks.put(m.group(1), m.group(2));
    }
    sources =
        CodeGenerator.create(
                CodegenOptions.builder("com.example.db").sourceName("schema.pgorm").build())
            .generate(Schemas.parse("schema.pgorm", blocks.get("schema: schema.pgorm")));
  }

  /**
   * With {@code -Dpgorm.updateDocs=true}, first rewrites the doc's generated blocks from the
   * generator's output (then check the diff before committing).
   */
  @Test
  void theDocShowsTheGeneratedFilesVerbatim() throws Exception {
    if (Boolean.getBoolean("pgorm.updateDocs")) {
      updateDoc();
    }
    List<String> shown = new ArrayList<>();
    for (Map.Entry<String, String> block : blocks.entrySet()) {
      if (block.getKey().startsWith("generated: ")) {
        String path = block.getKey().substring("generated: ".length());
        shown.add(path);
        GeneratedFile file =
            sources.files().stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow();
        assertThat(block.getValue()).as(path).isEqualTo(file.content());
      }
    }
    assertThat(shown)
        .containsExactly(
            "com/example/db/Account.java",
            "com/example/db/AccountTable.java",
            "com/example/db/PostTable.java",
            "com/example/db/AccountRepository.java",
            "com/example/db/PostLikeRepository.java",
            "com/example/db/Role.java",
            "com/example/db/SchemaTypes.java");
  }

  static void updateDoc() throws Exception {
    Path path = Path.of("../docs/codegen.md");
    String doc = Files.readString(path);
    for (GeneratedFile file : sources.files()) {
      String marker = "<!-- generated: " + file.path() + " -->\n```java\n";
      int start = doc.indexOf(marker);
      if (start >= 0) {
        int from = start + marker.length();
        int end = doc.indexOf("```", from);
        doc = doc.substring(0, from) + file.content() + doc.substring(end);
        blocks.put("generated: " + file.path(), file.content());
      }
    }
    Files.writeString(path, doc);
  }

  @Test
  void theSchemaIsInCanonicalForm() {
    String schema = blocks.get("schema: schema.pgorm");
    assertThat(Schemas.format("schema.pgorm", schema)).isEqualTo(schema);
  }

  @Test
  void theUsageExampleCompilesAndRuns() throws Exception {
    List<GeneratedFile> files = new ArrayList<>(sources.files());
    files.add(
        new GeneratedFile(
            "com/example/app/MetamodelTour.java", blocks.get("compiled with the generated code")));
    ClassLoader loader =
        Compiler.compile(new GeneratedSources(files), Compiler.cleanDirectory("doc"));
    Class<?> tour = loader.loadClass("com.example.app.MetamodelTour");
    assertThat(tour.getMethod("requiredOnInsert").invoke(null)).isEqualTo("email");
    assertThat(tour.getMethod("postsJoin").invoke(null))
        .isEqualTo("public.account.id = public.post.author_id");
    Object account = tour.getMethod("newAccount").invoke(null);
    assertThat(account.toString()).contains("email=ada@example.com", "role=ADMIN", "nickname=null");
  }

  @Test
  void theProblemMessageIsTheGeneratorsOwn() {
    SchemaModel clash =
        SchemaModel.empty()
            .withTables(
                List.of(
                    table("order_item").column("id", TypeRef.builtin("bigint"), false).build(),
                    table("OrderItem").column("id", TypeRef.builtin("bigint"), false).build()));
    CodegenException e =
        catchThrowableOfType(
            CodegenException.class,
            () -> CodeGenerator.create(CodegenOptions.of("com.example")).generate(clash));
    String block =
        blocks.get("problems of tables order_item and \"OrderItem\" in package com.example");
    assertThat(e.getMessage() + "\n").isEqualTo(block);
  }
}
