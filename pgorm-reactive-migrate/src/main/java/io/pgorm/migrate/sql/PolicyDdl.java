package io.pgorm.migrate.sql;

import static io.pgorm.migrate.sql.SqlText.qualified;
import static io.pgorm.migrate.sql.SqlText.quoteIdent;

import io.pgorm.schema.ir.Policy;
import io.pgorm.schema.ir.PolicyCommand;
import io.pgorm.schema.ir.QualifiedName;
import java.util.StringJoiner;

/** Row-level security policies (the table's ENABLE/FORCE switches: {@link TableDdl}). */
public final class PolicyDdl {

  private PolicyDdl() {}

  /**
   * {@code CREATE POLICY} with the clauses that differ from the defaults (PERMISSIVE, FOR ALL, TO
   * PUBLIC).
   */
  public static String createPolicy(QualifiedName table, Policy p) {
    StringBuilder b = new StringBuilder("CREATE POLICY ");
    b.append(quoteIdent(p.name())).append(" ON ").append(qualified(table));
    if (!p.permissive()) {
      b.append(" AS RESTRICTIVE");
    }
    if (p.command() != PolicyCommand.ALL) {
      b.append(" FOR ").append(p.command().name());
    }
    if (!p.roles().isEmpty()) {
      StringJoiner roles = new StringJoiner(", ", " TO ", "");
      p.roles().forEach(r -> roles.add(GrantDdl.grantee(r)));
      b.append(roles);
    }
    String using = p.using();
    if (using != null) {
      b.append(" USING (").append(using).append(')');
    }
    String check = p.withCheck();
    if (check != null) {
      b.append(" WITH CHECK (").append(check).append(')');
    }
    return b.toString();
  }

  /** {@code DROP POLICY name ON table}. */
  public static String dropPolicy(QualifiedName table, String name) {
    return "DROP POLICY " + quoteIdent(name) + " ON " + qualified(table);
  }
}
