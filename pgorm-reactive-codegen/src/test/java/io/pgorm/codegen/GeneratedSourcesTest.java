package io.pgorm.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratedSourcesTest {

  @TempDir Path dir;

  @Test
  void filesAreSortedByPath() {
    GeneratedSources sources =
        new GeneratedSources(
            List.of(new GeneratedFile("b/B.java", "b"), new GeneratedFile("a/A.java", "a")));
    assertThat(sources.files())
        .extracting(GeneratedFile::path)
        .containsExactly("a/A.java", "b/B.java");
  }

  @Test
  void unchangedFilesAreLeftAloneAndStaleOnesDeleted() throws Exception {
    GeneratedSources first =
        new GeneratedSources(
            List.of(new GeneratedFile("p/A.java", "a"), new GeneratedFile("p/B.java", "b")));
    assertThat(first.writeTo(dir).written()).containsExactly("p/A.java", "p/B.java");
    Path a = dir.resolve("p/A.java");
    FileTime old = FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(a, old);
    Files.writeString(dir.resolve("p/Mine.java"), "not generated");

    GeneratedSources second =
        new GeneratedSources(
            List.of(new GeneratedFile("p/A.java", "a"), new GeneratedFile("p/C.java", "c")));
    GeneratedSources.WriteResult result = second.writeTo(dir);

    assertThat(result.written()).containsExactly("p/C.java");
    assertThat(result.unchanged()).containsExactly("p/A.java");
    assertThat(result.deleted()).containsExactly("p/B.java");
    assertThat(Files.getLastModifiedTime(a)).isEqualTo(old);
    assertThat(dir.resolve("p/B.java")).doesNotExist();
    assertThat(dir.resolve("p/Mine.java")).hasContent("not generated");
    assertThat(dir.resolve(GeneratedSources.MANIFEST)).hasContent("p/A.java\np/C.java");
  }

  @Test
  void aManifestCannotPointOutsideTheDirectory() throws Exception {
    Path out = Files.createDirectories(dir.resolve("out"));
    Path outside = Files.writeString(dir.resolve("keep.txt"), "keep");
    Files.writeString(out.resolve(GeneratedSources.MANIFEST), "../keep.txt\n");
    assertThat(new GeneratedSources(List.of()).writeTo(out).deleted()).isEmpty();
    assertThat(outside).exists();
  }
}
