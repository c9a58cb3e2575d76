package io.pgorm.maven;

import io.pgorm.codegen.CodeGenerator;
import io.pgorm.codegen.CodegenException;
import io.pgorm.codegen.CodegenOptions;
import io.pgorm.codegen.GeneratedSources;
import io.pgorm.maven.internal.GeneratorFingerprint;
import io.pgorm.maven.internal.Stamp;
import io.pgorm.schema.SchemaException;
import io.pgorm.schema.Schemas;
import io.pgorm.schema.ir.SchemaModel;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates Java records and metamodels from a schema file into {@code outputDirectory}, and adds
 * that directory to the compile source roots. Bound to {@code generate-sources}.
 *
 * <p>Generation is skipped while the schema file, the generator (its version; for a snapshot, its
 * classes too) and the package are those of the last run (a stamp file in the output directory
 * records them) and the files it wrote are still there; the source root is added either way.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractMojo {

  /** The schema file. */
  @Parameter(
      property = "pgorm.schema",
      defaultValue = "${project.basedir}/src/main/pgorm/schema.pgorm",
      required = true)
  private File schema;

  /** Where the Java sources go; added as a compile source root. */
  @Parameter(
      property = "pgorm.outputDirectory",
      defaultValue = "${project.build.directory}/generated-sources/pgorm",
      required = true)
  private File outputDirectory;

  /** The package of the objects in schema {@code public}; other schemas get sub-packages. */
  @Parameter(property = "pgorm.package", required = true)
  private String packageName;

  /** Skips the goal (and does not add the source root). */
  @Parameter(property = "pgorm.skip", defaultValue = "false")
  private boolean skip;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("pgorm:generate skipped (pgorm.skip)");
      return;
    }
    Path out = outputDirectory.toPath();
    project.addCompileSourceRoot(out.toString());
    byte[] bytes = readSchema();
    Stamp stamp = Stamp.of(bytes, GeneratorFingerprint.of(), packageName);
    try {
      if (stamp.equals(Stamp.read(out)) && generatedFilesExist(out)) {
        getLog().info("pgorm:generate: " + schema + " is unchanged; sources are up to date");
        return;
      }
      SchemaModel model = Schemas.parse(displayName(), new String(bytes, StandardCharsets.UTF_8));
      GeneratedSources sources =
          CodeGenerator.create(
                  CodegenOptions.builder(packageName).sourceName(schema.getName()).build())
              .generate(model);
      GeneratedSources.WriteResult result = sources.writeTo(out);
      stamp.write(out);
      getLog()
          .info(
              String.format(
                  "pgorm:generate: %d files from %s into %s (%d written, %d unchanged, %d deleted)",
                  sources.files().size(),
                  schema,
                  out,
                  result.written().size(),
                  result.unchanged().size(),
                  result.deleted().size()));
    } catch (SchemaException | CodegenException e) {
      throw new MojoFailureException(e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException("pgorm:generate: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new MojoExecutionException(
          "pgorm:generate: cannot write into " + out + ": " + e.getMessage(), e);
    }
  }

  private byte[] readSchema() throws MojoFailureException, MojoExecutionException {
    try {
      return Files.readAllBytes(schema.toPath());
    } catch (NoSuchFileException e) {
      throw new MojoFailureException(
          "pgorm:generate: schema file "
              + schema
              + " does not exist; set <schema> in the plugin's configuration or -Dpgorm.schema");
    } catch (IOException e) {
      throw new MojoExecutionException(
          "pgorm:generate: cannot read schema file " + schema + ": " + e.getMessage(), e);
    }
  }

  /** The schema's path as messages show it: relative to the project when it is inside. */
  private String displayName() {
    Path file = schema.toPath().toAbsolutePath().normalize();
    Path base =
        project.getBasedir() == null ? null : project.getBasedir().toPath().toAbsolutePath();
    return base != null && file.startsWith(base)
        ? base.relativize(file).toString()
        : file.toString();
  }

  private static boolean generatedFilesExist(Path out) throws IOException {
    Path manifest = out.resolve(GeneratedSources.MANIFEST);
    if (!Files.isRegularFile(manifest)) {
      return false;
    }
    List<String> files = Files.readAllLines(manifest, StandardCharsets.UTF_8);
    return files.stream().allMatch(f -> f.isBlank() || Files.isRegularFile(out.resolve(f)));
  }

  // Setters for tests that run the goal without Maven's injector.

  void configure(
      File schema, File outputDirectory, String packageName, MavenProject project, boolean skip) {
    this.schema = schema;
    this.outputDirectory = outputDirectory;
    this.packageName = packageName;
    this.project = project;
    this.skip = skip;
  }
}
