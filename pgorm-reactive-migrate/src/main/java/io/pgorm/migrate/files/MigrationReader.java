package io.pgorm.migrate.files;

import io.pgorm.migrate.MigrationFileException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Checks what a source found and turns it into {@link Migration}s, ordered by version. */
final class MigrationReader {

  static final String UP = "up.sql";
  static final String DOWN = "down.sql";

  private MigrationReader() {}

  static List<Migration> assemble(List<RawMigration> found) {
    List<Migration> out = new ArrayList<>();
    Map<String, RawMigration> byVersion = new HashMap<>();
    for (RawMigration raw : found) {
      int underscore = raw.directory().indexOf('_');
      String version = underscore < 0 ? raw.directory() : raw.directory().substring(0, underscore);
      String name = underscore < 0 ? "" : raw.directory().substring(underscore + 1);
      if (!MigrationVersions.isVersion(version) || !MigrationVersions.isName(name)) {
        throw new MigrationFileException(
            raw.label()
                + " is not a migration directory name: expected <yyyyMMddHHmmss>_<name>, a UTC"
                + " time stamp and a name of letters, digits, _ and -. Hint: e.g."
                + " 20250131093000_add_orders; rename or move the directory.",
            raw.label(),
            0);
      }
      RawMigration other = byVersion.putIfAbsent(version, raw);
      if (other != null) {
        throw new MigrationFileException(
            "Two migrations have version "
                + version
                + ": "
                + other.label()
                + " (in "
                + other.origin()
                + ") and "
                + raw.label()
                + " (in "
                + raw.origin()
                + "). Hint: give one of them a later time stamp.",
            raw.label(),
            0);
      }
      String upText = raw.up();
      if (upText == null) {
        throw new MigrationFileException(
            raw.label() + " has no up.sql. Hint: every migration directory needs one.",
            raw.label(),
            0);
      }
      SqlScript up = SqlScript.parse(raw.label() + "/" + UP, upText, false);
      if (up.statements().isEmpty()) {
        throw new MigrationFileException(
            up.file() + " has no statements. Hint: delete the migration if it has nothing to do.",
            up.file(),
            0);
      }
      String downText = raw.down();
      SqlScript down =
          downText == null ? null : SqlScript.parse(raw.label() + "/" + DOWN, downText, true);
      out.add(new Migration(version, name, up, down));
    }
    out.sort(Comparator.comparing(Migration::version));
    return out;
  }

  /** Strict UTF-8: a file in another encoding is an error naming it, not garbled SQL. */
  static String utf8(byte[] bytes, String file) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new MigrationFileException(
          file + " is not valid UTF-8. Hint: save it as UTF-8.", file, 0, e);
    }
  }
}
