package io.pgorm.internal.metrics;

import static io.pgorm.internal.metrics.SqlScanner.DOT;
import static io.pgorm.internal.metrics.SqlScanner.END;
import static io.pgorm.internal.metrics.SqlScanner.LPAREN;
import static io.pgorm.internal.metrics.SqlScanner.QUOTED;
import static io.pgorm.internal.metrics.SqlScanner.RPAREN;
import static io.pgorm.internal.metrics.SqlScanner.WORD;

/**
 * Finds a statement's kind and first target table by reading only as far as needed: the verb (after
 * any {@code WITH} list of common table expressions) and the name after {@code FROM}, {@code INTO}
 * or {@code UPDATE}. It never fails: what it cannot read is {@code other} or {@code none}.
 */
final class SqlClassifier {

  static final String NONE = "none";

  /** PostgreSQL truncates longer identifiers (NAMEDATALEN - 1). */
  private static final int MAX_IDENTIFIER_LENGTH = 63;

  private static final StatementShape OTHER = new StatementShape("other", NONE);

  private SqlClassifier() {}

  static StatementShape classify(String sql) {
    SqlScanner scanner = new SqlScanner(sql);
    int token = scanner.next();
    while (token == LPAREN) {
      token = scanner.next();
    }
    if (token == WORD && scanner.is("with")) {
      token = skipCommonTableExpressions(scanner);
    }
    return token == WORD ? classifyVerb(scanner) : OTHER;
  }

  private static StatementShape classifyVerb(SqlScanner s) {
    if (s.is("select")) {
      return new StatementShape("select", tableAfterFrom(s));
    } else if (s.is("table")) {
      return new StatementShape("select", name(s, s.next(), false));
    } else if (s.is("values")) {
      return new StatementShape("select", NONE);
    } else if (s.is("insert")) {
      return new StatementShape("insert", nameAfter(s, "into"));
    } else if (s.is("update")) {
      return new StatementShape("update", name(s, s.next(), false));
    } else if (s.is("delete")) {
      return new StatementShape("delete", nameAfter(s, "from"));
    } else if (s.is("merge")) {
      return new StatementShape("merge", nameAfter(s, "into"));
    } else if (s.is("copy")) {
      // COPY t (columns) FROM STDIN; COPY (query) TO ... has no table to name.
      return new StatementShape("copy", name(s, s.next(), false));
    } else if (s.is("call")) {
      return new StatementShape("call", NONE);
    } else if (isDdl(s)) {
      return new StatementShape("ddl", NONE);
    }
    return OTHER;
  }

  private static boolean isDdl(SqlScanner s) {
    return s.is("create")
        || s.is("alter")
        || s.is("drop")
        || s.is("truncate")
        || s.is("comment")
        || s.is("grant")
        || s.is("revoke");
  }

  /**
   * Skips {@code [RECURSIVE] name [(columns)] AS [NOT MATERIALIZED] (body), ...} and returns the
   * main verb's token. Bodies are parenthesised, so the verb is the first one at depth zero; only
   * {@code SELECT} is reserved, so the others must follow a closing parenthesis (a CTE may be named
   * {@code update}).
   */
  private static int skipCommonTableExpressions(SqlScanner s) {
    int depth = 0;
    int previous = WORD;
    for (int token = s.next(); token != END; token = s.next()) {
      if (token == LPAREN) {
        depth++;
      } else if (token == RPAREN) {
        depth--;
      } else if (depth == 0 && token == WORD && isMainVerb(s, previous == RPAREN)) {
        return token;
      }
      previous = token;
    }
    return END;
  }

  private static boolean isMainVerb(SqlScanner s, boolean afterParenthesis) {
    return s.is("select")
        || afterParenthesis
            && (s.is("insert")
                || s.is("update")
                || s.is("delete")
                || s.is("merge")
                || s.is("values")
                || s.is("table"));
  }

  /** The name after the first {@code FROM} outside parentheses, which skips sub-selects. */
  private static String tableAfterFrom(SqlScanner s) {
    int depth = 0;
    boolean afterDistinct = false;
    for (int token = s.next(); token != END; token = s.next()) {
      if (token == LPAREN) {
        depth++;
      } else if (token == RPAREN) {
        depth--;
      } else if (depth == 0) {
        // "a IS DISTINCT FROM b" is a comparison, not a FROM clause.
        if (token == WORD && s.is("from") && !afterDistinct) {
          return name(s, s.next(), true);
        }
        afterDistinct = token == WORD && s.is("distinct");
      }
    }
    return NONE;
  }

  private static String nameAfter(SqlScanner s, String keyword) {
    return s.next() == WORD && s.is(keyword) ? name(s, s.next(), false) : NONE;
  }

  /**
   * Reads {@code [ONLY] part[.part...]} from {@code token} on. With {@code fromClause}, a name
   * followed by a parenthesis is a set-returning function, not a table.
   */
  private static String name(SqlScanner s, int token, boolean fromClause) {
    if (token == WORD && (s.is("only") || s.is("lateral"))) {
      token = s.next();
    }
    StringBuilder name = null;
    while (token == WORD || token == QUOTED) {
      String part = s.identifier();
      if (part.length() > MAX_IDENTIFIER_LENGTH) {
        part = part.substring(0, MAX_IDENTIFIER_LENGTH);
      }
      name = name == null ? new StringBuilder(part) : name.append('.').append(part);
      token = s.next();
      if (token != DOT) {
        break;
      }
      token = s.next();
    }
    if (name == null || fromClause && token == LPAREN) {
      return NONE;
    }
    return name.toString();
  }
}
