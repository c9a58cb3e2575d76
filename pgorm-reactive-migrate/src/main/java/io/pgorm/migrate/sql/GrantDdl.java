package io.pgorm.migrate.sql;

import static io.pgorm.migrate.sql.SqlText.quoteIdent;

import io.pgorm.schema.ir.Grant;

/**
 * Privileges. The grantee {@code PUBLIC} (upper case; no role can have that name) means every role.
 * A function or procedure is named with its argument types: {@code name(integer, text)}.
 */
public final class GrantDdl {

  private GrantDdl() {}

  /** {@code GRANT privileges ON kind object TO grantee [WITH GRANT OPTION]}. */
  public static String grant(Grant g) {
    return "GRANT "
        + String.join(", ", g.privileges())
        + " ON "
        + target(g)
        + " TO "
        + grantee(g.grantee())
        + (g.withGrantOption() ? " WITH GRANT OPTION" : "");
  }

  /** {@code REVOKE privileges ON kind object FROM grantee}. */
  public static String revoke(Grant g) {
    return "REVOKE "
        + String.join(", ", g.privileges())
        + " ON "
        + target(g)
        + " FROM "
        + grantee(g.grantee());
  }

  /** {@code PUBLIC} as the keyword, any other role as a quoted identifier. */
  static String grantee(String role) {
    return role.equals("PUBLIC") ? "PUBLIC" : quoteIdent(role);
  }

  private static String target(Grant g) {
    String kind = g.objectKind();
    String schema = g.object().schema();
    String name = g.object().name();
    return switch (kind) {
      case "SCHEMA" -> "SCHEMA " + quoteIdent(name);
      case "FUNCTION", "PROCEDURE" -> {
        int open = name.lastIndexOf('(');
        yield kind
            + " "
            + quoteIdent(schema)
            + "."
            + (open < 0
                ? quoteIdent(name) + "()"
                : quoteIdent(name.substring(0, open)) + name.substring(open));
      }
      default -> kind + " " + quoteIdent(schema) + "." + quoteIdent(name);
    };
  }
}
