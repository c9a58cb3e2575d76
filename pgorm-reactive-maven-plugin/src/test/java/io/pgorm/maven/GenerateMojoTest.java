package io.pgorm.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.pgorm.schema.ir.Column;
import io.pgorm.schema.ir.QualifiedName;
import io.pgorm.schema.ir.SchemaModel;
import io.pgorm.schema.ir.Table;
import io.pgorm.schema.ir.TypeRef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateMojoTest {

  @TempDir Path dir;
  Path schema;
  Path out;
  MavenProject project;
  final List<String> log = new ArrayList<>();
  int reads;

  /** Stands in for the parser: one model per line of the file, a table named by the line. */
  final SchemaReader reader =
      (file, text) -> {
        reads++;
        if (text.startsWith("broken")) {
          throw new SchemaReader.InvalidSchemaException(file.getFileName() + ":1:1: broken");
        }
        List<Table> tables = new ArrayList<>();
        for (String line : text.strip().split("\n")) {
          tables.add(
              Table.of(
                  QualifiedName.of(line.strip()),
                  List.of(Column.of("id", TypeRef.builtin("bigint"), false))));
        }
        return SchemaModel.empty().withTables(tables);
      };

  @BeforeEach
  void setUp() throws Exception {
    schema = Files.writeString(dir.resolve("shop.pgorm"), "account\n");
    out = dir.resolve("target/generated-sources/pgorm");
    project = new MavenProject();
  }

  GenerateMojo mojo(String packageName, boolean skip) {
    GenerateMojo mojo = new GenerateMojo();
    mojo.configure(schema.toFile(), out.toFile(), packageName, project, skip);
    mojo.reader(reader);
    mojo.setLog(
        new SystemStreamLog() {
          @Override
          public void info(CharSequence content) {
            log.add(content.toString());
          }
        });
    return mojo;
  }

  @Test
  void generatesSourcesAndAddsTheSourceRoot() throws Exception {
    mojo("com.example.db", false).execute();

    assertThat(out.resolve("com/example/db/Account.java")).exists();
    assertThat(out.resolve("com/example/db/AccountTable.java")).exists();
    assertThat(project.getCompileSourceRoots()).containsExactly(out.toString());
    assertThat(Files.readString(out.resolve(".pgorm-generate.stamp")))
        .matches("schema-sha256=[0-9a-f]{64}\ngenerator=.+\npackage=com.example.db\n");
    assertThat(log)
        .containsExactly(
            "pgorm:generate: 2 files from "
                + schema
                + " into "
                + out
                + " (2 written, 0 unchanged, 0 deleted)");
  }

  @Test
  void anUnchangedSchemaIsNotReadAgainButTheRootIsStillAdded() throws Exception {
    mojo("com.example.db", false).execute();
    Path record = out.resolve("com/example/db/Account.java");
    FileTime old = FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(record, old);
    project = new MavenProject();

    mojo("com.example.db", false).execute();

    assertThat(reads).isEqualTo(1);
    assertThat(Files.getLastModifiedTime(record)).isEqualTo(old);
    assertThat(project.getCompileSourceRoots()).containsExactly(out.toString());
    assertThat(log.get(1))
        .isEqualTo("pgorm:generate: " + schema + " is unchanged; sources are up to date");
  }

  @Test
  void aChangedSchemaRegeneratesAndDropsWhatItNoLongerHas() throws Exception {
    mojo("com.example.db", false).execute();
    Files.writeString(schema, "invoice\n");

    mojo("com.example.db", false).execute();

    assertThat(reads).isEqualTo(2);
    assertThat(out.resolve("com/example/db/Invoice.java")).exists();
    assertThat(out.resolve("com/example/db/Account.java")).doesNotExist();
    assertThat(log.get(1)).endsWith("(2 written, 0 unchanged, 2 deleted)");
  }

  @Test
  void anotherPackageOrAMissingFileRegenerates() throws Exception {
    mojo("com.example.db", false).execute();
    mojo("com.example.other", false).execute();
    assertThat(reads).isEqualTo(2);
    assertThat(out.resolve("com/example/other/Account.java")).exists();

    Files.delete(out.resolve("com/example/other/Account.java"));
    mojo("com.example.other", false).execute();
    assertThat(reads).isEqualTo(3);
    assertThat(out.resolve("com/example/other/Account.java")).exists();
  }

  @Test
  void skipDoesNothing() throws Exception {
    mojo("com.example.db", true).execute();
    assertThat(out).doesNotExist();
    assertThat(project.getCompileSourceRoots()).isEmpty();
    assertThat(log).containsExactly("pgorm:generate skipped (pgorm.skip)");
  }

  @Test
  void schemaErrorsFailTheBuildWithTheirMessage() throws Exception {
    Files.writeString(schema, "broken\n");
    MojoFailureException e =
        catchThrowableOfType(
            MojoFailureException.class, () -> mojo("com.example.db", false).execute());
    assertThat(e).hasMessage("shop.pgorm:1:1: broken");
    assertThat(out.resolve(".pgorm-generate.stamp")).doesNotExist();
  }

  @Test
  void aMissingSchemaOrABadPackageFailsTheBuild() throws Exception {
    Files.delete(schema);
    MojoFailureException missing =
        catchThrowableOfType(
            MojoFailureException.class, () -> mojo("com.example.db", false).execute());
    assertThat(missing)
        .hasMessage(
            "pgorm:generate: schema file "
                + schema
                + " does not exist; set <schema> in the plugin's configuration or -Dpgorm.schema");

    Files.writeString(schema, "account\n");
    MojoFailureException badPackage =
        catchThrowableOfType(MojoFailureException.class, () -> mojo("com.2x", false).execute());
    assertThat(badPackage)
        .hasMessage(
            "pgorm:generate: base package 'com.2x' is not a Java package name (e.g. com.example.db)");
  }

  @Test
  void codegenProblemsFailTheBuild() throws Exception {
    Files.writeString(schema, "order_item\nOrderItem\n");
    MojoFailureException e =
        catchThrowableOfType(
            MojoFailureException.class, () -> mojo("com.example.db", false).execute());
    assertThat(e.getMessage())
        .startsWith("cannot generate Java code from the schema (1 problem):")
        .contains("would both be class com.example.db.OrderItem");
  }
}
