package io.pgorm.migrate.files;

import io.pgorm.migrate.MigrationFileException;
import io.pgorm.migrate.files.SqlLexer.Kind;
import io.pgorm.migrate.files.SqlLexer.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Splits a SQL file into statements at the semicolons that end them, as {@code psql} does: not in
 * string constants (standard, {@code E'...'} with backslash escapes, {@code $$...$$} and {@code
 * $tag$...$tag$}), quoted identifiers, line comments, nested block comments, parentheses, or the
 * {@code BEGIN ATOMIC ... END} body of a SQL-standard function or procedure. Each statement keeps
 * its line and is classified ({@link SqlStatement#noTransaction()}, {@link
 * SqlStatement#commitAfter()}). Pure: no I/O.
 *
 * <pre>{@code
 * List<SqlStatement> statements = SqlSplitter.split("CREATE TABLE t (a text DEFAULT ';'); ...");
 * }</pre>
 */
public final class SqlSplitter {

  private SqlSplitter() {}

  /** The statements of {@code sql}; see {@link #split(String, String)}. */
  public static List<SqlStatement> split(String sql) {
    return split(sql, "SQL text");
  }

  /**
   * The statements of {@code sql}, in order; empty statements (a lone {@code ;}) and comments
   * between statements are dropped. The last statement needs no semicolon.
   *
   * @param file names the text in error messages, e.g. {@code
   *     db/migrations/20250101000000_init/up.sql}
   * @throws MigrationFileException for an unterminated string, identifier or comment (naming the
   *     line it starts on), or a transaction-control statement ({@code BEGIN}, {@code COMMIT},
   *     ...), which would break the runner's own transactions
   */
  public static List<SqlStatement> split(String sql, String file) {
    return statements(sql, SqlLexer.tokens(sql, file), file);
  }

  static List<SqlStatement> statements(String sql, List<Token> tokens, String file) {
    List<SqlStatement> out = new ArrayList<>();
    Builder current = new Builder(sql, file);
    for (Token t : tokens) {
      if (current.accept(t)) {
        current.build().ifPresent(out::add);
        current = new Builder(sql, file);
      }
    }
    current.build().ifPresent(out::add);
    return out;
  }

  /** One statement's tokens as they come; knows its nesting to tell a terminating semicolon. */
  private static final class Builder {

    private final String sql;
    private final String file;
    private final List<String> words = new ArrayList<>();
    private @Nullable Token first;
    private @Nullable Token last;
    private int parens;
    private int begins;

    Builder(String sql, String file) {
      this.sql = sql;
      this.file = file;
    }

    /** Takes {@code t}; true when it is the semicolon that ends the statement. */
    boolean accept(Token t) {
      if (t.isComment()) {
        return false;
      }
      if (t.kind() == Kind.PUNCT && sql.charAt(t.start()) == ';' && parens == 0 && begins == 0) {
        return true;
      }
      if (first == null) {
        first = t;
      }
      last = t;
      if (t.kind() == Kind.PUNCT) {
        char c = sql.charAt(t.start());
        if (c == '(') {
          parens++;
        } else if (c == ')' && parens > 0) {
          parens--;
        }
      } else if (t.kind() == Kind.WORD && parens == 0) {
        word(StatementKinds.upper(sql.substring(t.start(), t.end())));
      }
      return false;
    }

    // psql's rule: in CREATE [OR REPLACE] FUNCTION|PROCEDURE, BEGIN ... END (with CASE ... END
    // inside) is a body whose semicolons do not end the statement.
    private void word(String w) {
      words.add(w);
      if (!createsRoutine()) {
        return;
      }
      if (w.equals("BEGIN")) {
        begins++;
      } else if (w.equals("CASE") && begins > 0) {
        begins++;
      } else if (w.equals("END") && begins > 0) {
        begins--;
      }
    }

    private boolean createsRoutine() {
      if (words.size() < 2 || !words.get(0).equals("CREATE")) {
        return false;
      }
      int i = words.get(1).equals("OR") && words.size() > 3 ? 3 : 1;
      String kind = words.get(i);
      return kind.equals("FUNCTION") || kind.equals("PROCEDURE");
    }

    Optional<SqlStatement> build() {
      if (first == null) {
        return Optional.empty();
      }
      String control = StatementKinds.transactionControl(words);
      if (control != null) {
        throw new MigrationFileException(
            file
                + " line "
                + first.line()
                + ": "
                + control
                + " has no place in a migration file: the runner runs each migration in a"
                + " transaction of its own. Hint: remove the transaction control statements; put"
                + " \"-- pgorm:no-transaction\" in the file's header to run its statements without"
                + " a transaction.",
            file,
            first.line());
      }
      return Optional.of(
          new SqlStatement(
              sql.substring(first.start(), last.end()),
              first.line(),
              StatementKinds.noTransaction(words),
              StatementKinds.commitAfter(words)));
    }
  }
}
