package io.pgorm.migrate.files;

import io.pgorm.migrate.MigrationFileException;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.jspecify.annotations.Nullable;

/** Migrations under a location of the classpath: in directories ({@code file:}) or jars. */
final class ClasspathSource implements MigrationSource {

  private final String location;
  private final ClassLoader loader;

  ClasspathSource(String location, ClassLoader loader) {
    String l = location.startsWith("/") ? location.substring(1) : location;
    this.location = l.endsWith("/") ? l.substring(0, l.length() - 1) : l;
    this.loader = loader;
  }

  @Override
  public String description() {
    return "classpath:" + location;
  }

  @Override
  public List<Migration> load() {
    List<RawMigration> found = new ArrayList<>();
    List<URL> roots;
    try {
      roots = Collections.list(loader.getResources(location));
    } catch (IOException e) {
      throw failure("cannot list " + location, e);
    }
    if (roots.isEmpty()) {
      throw new MigrationFileException(
          "No migrations at "
              + description()
              + ": the class path has no "
              + location
              + ". Hint: put the migration directories under src/main/resources/"
              + location
              + ", or point the migrator at a directory.",
          description(),
          0);
    }
    for (URL root : roots) {
      found.addAll(scan(root));
    }
    return MigrationReader.assemble(found);
  }

  private List<RawMigration> scan(URL root) {
    try {
      if ("file".equals(root.getProtocol())) {
        return DirectorySource.scan(Path.of(root.toURI()), description(), root.toString());
      }
      URLConnection connection = root.openConnection();
      if (connection instanceof JarURLConnection jar) {
        jar.setUseCaches(false);
        try (JarFile file = jar.getJarFile()) {
          return scanJar(file, jar.getEntryName(), root.toString());
        }
      }
    } catch (IOException | URISyntaxException e) {
      throw failure("cannot read " + root, e);
    }
    throw failure("cannot read " + root + ": only directories and jars are supported", null);
  }

  private List<RawMigration> scanJar(JarFile jar, String entry, String origin) throws IOException {
    String prefix = entry.endsWith("/") ? entry : entry + "/";
    Map<String, String[]> byDirectory = new TreeMap<>();
    Enumeration<JarEntry> entries = jar.entries();
    while (entries.hasMoreElements()) {
      JarEntry e = entries.nextElement();
      String rest = e.getName().startsWith(prefix) ? e.getName().substring(prefix.length()) : "";
      int slash = rest.indexOf('/');
      if (slash <= 0 || rest.startsWith(".")) {
        continue;
      }
      String directory = rest.substring(0, slash);
      String[] texts = byDirectory.computeIfAbsent(directory, d -> new String[2]);
      String file = rest.substring(slash + 1);
      int index = file.equals(MigrationReader.UP) ? 0 : file.equals(MigrationReader.DOWN) ? 1 : -1;
      if (index >= 0) {
        try (InputStream in = jar.getInputStream(e)) {
          String label = description() + "/" + rest;
          texts[index] = MigrationReader.utf8(in.readAllBytes(), label);
        }
      }
    }
    List<RawMigration> found = new ArrayList<>();
    byDirectory.forEach(
        (directory, texts) ->
            found.add(
                new RawMigration(
                    directory, description() + "/" + directory, origin, texts[0], texts[1])));
    return found;
  }

  private MigrationFileException failure(String problem, @Nullable Throwable cause) {
    return new MigrationFileException(
        "Cannot read migrations at " + description() + ": " + problem + ".",
        description(),
        0,
        cause);
  }
}
