package io.pgorm.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgorm.schema.Schemas;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The repository conventions: a not-null integer {@code version} column turns on optimistic
 * locking, a nullable {@code timestamptz} {@code deleted_at} soft delete; a multi-column UNIQUE
 * constraint gets a {@code findBy...And...} finder; near misses get nothing. Compiled with
 * -Xlint:all -Werror.
 */
class RepositoryGenerationTest {

  static final String SCHEMA =
      """
      model page {
        id         bigint       @id @identity
        site       text
        slug       text
        version    integer      @default(0)
        deleted_at timestamptz?

        @@unique([site, slug], name: page_slug)
      }

      model draft {
        site       text
        no         integer
        version    integer?
        deleted_at timestamp?
        @@id([site, no])
      }
      """;

  static Map<String, String> files;

  @BeforeAll
  static void generateAndCompile() throws Exception {
    GeneratedSources sources =
        CodeGenerator.create(CodegenOptions.of("com.example.conv"))
            .generate(Schemas.parse("conv.pgorm", SCHEMA));
    Compiler.compile(sources, Compiler.cleanDirectory("conventions"));
    files =
        sources.files().stream()
            .collect(Collectors.toMap(GeneratedFile::path, GeneratedFile::content));
  }

  @Test
  void versionAndDeletedAtColumnsTurnOnLockingAndSoftDelete() {
    assertThat(files.get("com/example/conv/PageRepository.java"))
        .contains(
            "super(queries, PageTable.TABLE, Key.of(PageTable.ID), PageTable.VERSION,"
                + " PageTable.DELETED_AT);")
        .contains("Optimistic locking by column {@code version}.")
        .contains("Soft delete by column {@code deleted_at}");
  }

  @Test
  void aMultiColumnUniqueConstraintGetsAFinder() {
    assertThat(files.get("com/example/conv/PageRepository.java"))
        .contains("public Mono<Page> findBySiteAndSlug(String site, String slug) {")
        .contains("return findOne(PageTable.SITE.eq(site).and(PageTable.SLUG.eq(slug)));");
  }

  @Test
  void nearMissesAreNotConventions() {
    // A nullable version and a deleted_at without time zone: plain columns.
    assertThat(files.get("com/example/conv/DraftRepository.java"))
        .contains(
            "super(queries, DraftTable.TABLE, Key.composite(Id.class, DraftTable.SITE,"
                + " DraftTable.NO), null,\n        null);")
        .contains("public record Id(String site, Integer no)");
  }
}
