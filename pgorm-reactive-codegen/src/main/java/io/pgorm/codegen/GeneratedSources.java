package io.pgorm.codegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The files generated from one schema model, sorted by path. Writing them keeps a manifest, {@value
 * #MANIFEST}, in the output directory, so that a later run deletes the files it generated before
 * and no longer generates (a dropped table's record) and nothing else.
 *
 * @param files the files, sorted by path
 */
public record GeneratedSources(List<GeneratedFile> files) {

  /** The manifest's file name in the output directory. */
  public static final String MANIFEST = ".pgorm-generated";

  public GeneratedSources {
    files = files.stream().sorted(Comparator.comparing(GeneratedFile::path)).toList();
  }

  /**
   * Writes the files under {@code directory}, creating it when needed. A file whose content is
   * already there is not touched (its timestamp stays, so incremental builds keep their work);
   * files the previous run listed in the manifest and this run does not generate are deleted.
   *
   * @return the paths written, left as they were, and deleted, relative to {@code directory}
   * @throws IOException when a file cannot be read, written or deleted
   */
  public WriteResult writeTo(Path directory) throws IOException {
    Files.createDirectories(directory);
    Path manifest = directory.resolve(MANIFEST);
    Set<String> previous = new LinkedHashSet<>();
    if (Files.isRegularFile(manifest)) {
      previous.addAll(Files.readAllLines(manifest, StandardCharsets.UTF_8));
    }
    List<String> written = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    for (GeneratedFile file : files) {
      Path target = directory.resolve(file.path());
      byte[] bytes = file.content().getBytes(StandardCharsets.UTF_8);
      if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), bytes)) {
        unchanged.add(file.path());
      } else {
        Files.createDirectories(target.getParent());
        Files.write(target, bytes);
        written.add(file.path());
      }
      previous.remove(file.path());
    }
    List<String> deleted = new ArrayList<>();
    Path root = directory.toAbsolutePath().normalize();
    for (String stale : previous) {
      Path path = root.resolve(stale).normalize();
      // a manifest edited by hand must not make us delete outside the output directory
      if (!stale.isBlank() && path.startsWith(root) && Files.deleteIfExists(path)) {
        deleted.add(stale);
      }
    }
    List<String> paths = files.stream().map(GeneratedFile::path).toList();
    Files.write(manifest, paths, StandardCharsets.UTF_8);
    return new WriteResult(written, unchanged, deleted);
  }

  /**
   * What {@link #writeTo(Path)} did; paths relative to the output directory.
   *
   * @param written files created or changed
   * @param unchanged files that already had this content
   * @param deleted files of an earlier run that this run no longer generates
   */
  public record WriteResult(List<String> written, List<String> unchanged, List<String> deleted) {

    public WriteResult {
      written = List.copyOf(written);
      unchanged = List.copyOf(unchanged);
      deleted = List.copyOf(deleted);
    }
  }
}
