package io.pgorm.migrate.dev;

import io.pgorm.migrate.files.Directives;
import io.pgorm.migrate.files.MigrationVersions;
import io.pgorm.migrate.plan.HazardKind;
import io.pgorm.migrate.plan.Plan;
import io.pgorm.migrate.plan.Step;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Writes a plan as a migration directory {@code <yyyyMMddHHmmss UTC>_<name>} with {@code up.sql}
 * (headed by the {@code -- pgorm:schema-hash} of the schema it was planned against) and {@code
 * down.sql} (the reverse plan, headed by what it cannot restore). When a step cannot be reversed at
 * all ({@link HazardKind#NOT_REVERSIBLE}), {@code down.sql} starts with {@code --
 * pgorm:irreversible} and the reason, so that {@code down} refuses it rather than run half a
 * reversal.
 */
public final class MigrationFiles {

  private static final DateTimeFormatter VERSION = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");

  private MigrationFiles() {}

  /**
   * The files of {@code plan} as strings.
   *
   * @param up {@code up.sql}
   * @param down {@code down.sql}
   */
  public record Texts(String up, String down) {}

  /** The texts of the migration that {@code plan} makes, without writing anything. */
  public static Texts texts(DevPlan plan) {
    Plan p = plan.plan();
    String up = Directives.schemaHash(plan.schemaHash()) + "\n" + p.upSql();
    String reason = irreversible(p);
    String down;
    try {
      down = p.downSql();
    } catch (RuntimeException e) {
      // The reverse plan cannot be made (e.g. the server offers no way back): say so in the file.
      reason = (reason == null ? "" : reason + "; ") + "no reverse plan: " + e.getMessage();
      down = "";
    }
    if (reason != null) {
      down = Directives.irreversible(reason) + "\n" + down;
    }
    return new Texts(up, down);
  }

  /**
   * Writes the migration into a new directory under {@code dir} (created if missing), named for
   * {@code time}, or for one second after the newest migration there if that is not earlier.
   *
   * @return the migration's directory
   * @throws io.pgorm.migrate.plan.DataLossRefusedException if the plan has {@link DevPlan#refused()
   *     refused} steps; nothing is written
   * @throws IllegalArgumentException if {@code name} is not a valid migration name
   * @throws FileAlreadyExistsException if a migration of that version and name exists
   * @throws IOException if the files cannot be written
   */
  public static Path write(Path dir, String name, Instant time, DevPlan plan) throws IOException {
    if (!plan.refused().isEmpty()) {
      throw plan.refusal();
    }
    Files.createDirectories(dir);
    Path migration = dir.resolve(MigrationVersions.directoryName(after(dir, time), name));
    Texts texts = texts(plan);
    Files.createDirectory(migration);
    Files.writeString(migration.resolve("up.sql"), texts.up(), StandardCharsets.UTF_8);
    Files.writeString(migration.resolve("down.sql"), texts.down(), StandardCharsets.UTF_8);
    return migration;
  }

  /**
   * {@code time}, or one second after the newest migration in {@code dir} when that is not earlier:
   * two runs within a second, or a clock behind a colleague's, must still give a new, later
   * version, since the runner refuses duplicate and out-of-order versions.
   */
  private static Instant after(Path dir, Instant time) throws IOException {
    Instant newest = null;
    try (Stream<Path> entries = Files.list(dir)) {
      for (Path p : (Iterable<Path>) entries::iterator) {
        String n = p.getFileName().toString();
        int underscore = n.indexOf('_');
        if (underscore == 14 && MigrationVersions.isVersion(n.substring(0, 14))) {
          Instant v = LocalDateTime.parse(n.substring(0, 14), VERSION).toInstant(ZoneOffset.UTC);
          if (newest == null || v.isAfter(newest)) {
            newest = v;
          }
        }
      }
    }
    Instant truncated = time.truncatedTo(ChronoUnit.SECONDS);
    return newest != null && !truncated.isAfter(newest) ? newest.plusSeconds(1) : truncated;
  }

  private static @Nullable String irreversible(Plan plan) {
    List<String> reasons = new ArrayList<>();
    List<Step> steps = plan.steps();
    for (int i = 0; i < steps.size(); i++) {
      Step s = steps.get(i);
      int n = i + 1;
      s.hazards().stream()
          .filter(h -> h.kind() == HazardKind.NOT_REVERSIBLE)
          .forEach(h -> reasons.add("up step " + n + " (" + s.description() + "): " + h.detail()));
    }
    return reasons.isEmpty() ? null : String.join("; ", reasons);
  }
}
