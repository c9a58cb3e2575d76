package io.pgorm.migrate.diff;

import io.pgorm.test.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code pg_dump --schema-only} of a test database, normalised for comparison: comments, blank
 * lines and the per-run {@code \restrict} keys dropped, and the column lines of each {@code CREATE
 * TABLE} sorted (PostgreSQL cannot reorder columns; their order is compared apart), as are a
 * table's storage options. Only where the pg_dump at hand matches the server: pg_dump 15 refuses a
 * newer server, and the embedded PostgreSQL 17 ships no pg_dump.
 */
final class PgDump {

  static final Path PG_DUMP_15 = Path.of("/usr/lib/postgresql/15/bin/pg_dump");

  private PgDump() {}

  /** Whether pg_dump can dump this server: version 15 with pg_dump 15 installed. */
  static boolean usable(int serverMajor) {
    return serverMajor == 15 && Files.isExecutable(PG_DUMP_15);
  }

  static String dump(TestDatabase db) {
    List<String> cmd =
        List.of(
            PG_DUMP_15.toString(),
            "--schema-only",
            "--no-owner",
            "-h",
            db.host(),
            "-p",
            String.valueOf(db.port()),
            "-U",
            db.user(),
            db.name());
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    String password = db.password();
    if (password != null) {
      pb.environment().put("PGPASSWORD", password);
    }
    try {
      Process p = pb.start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new AssertionError("pg_dump failed: " + out);
      }
      return normalise(out);
    } catch (IOException e) {
      throw new AssertionError("pg_dump could not run: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  static String normalise(String dump) {
    List<String> out = new ArrayList<>();
    List<String> columns = null;
    for (String line : dump.split("\n")) {
      if (line.startsWith("--")
          || line.isBlank()
          || line.startsWith("\\restrict")
          || line.startsWith("\\unrestrict")) {
        continue;
      }
      if (columns != null) {
        if (line.startsWith(")")) {
          columns.sort(null);
          out.addAll(columns);
          columns = null;
          out.add(line);
        } else {
          columns.add(line.endsWith(",") ? line.substring(0, line.length() - 1) : line);
        }
        continue;
      }
      out.add(storageOptionsSorted(line));
      if ((line.startsWith("CREATE TABLE ")
              || line.startsWith("CREATE UNLOGGED TABLE ")
              || line.startsWith("CREATE TYPE "))
          && line.endsWith("(")) {
        columns = new ArrayList<>();
      }
    }
    return String.join("\n", out);
  }

  /**
   * A table's {@code WITH (...)} line with its options sorted: {@code ALTER TABLE ... SET} moves
   * the options it sets to the end of {@code pg_class.reloptions}, so a table altered to the same
   * options as one created with them lists them in another order — the same table.
   */
  private static String storageOptionsSorted(String line) {
    if (!line.startsWith("WITH (") || !(line.endsWith(")") || line.endsWith(");"))) {
      return line;
    }
    String tail = line.endsWith(";") ? ");" : ")";
    String inner = line.substring("WITH (".length(), line.length() - tail.length());
    List<String> options = new ArrayList<>(List.of(inner.split(", ")));
    options.sort(null);
    return "WITH (" + String.join(", ", options) + tail;
  }
}
