package io.pgorm.migrate.files;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Which statements cannot run in a transaction block, which must commit before their effect is
 * used, and which control transactions (and so have no place in a migration file). Decided from the
 * statement's words outside parentheses, upper-cased.
 */
final class StatementKinds {

  private StatementKinds() {}

  static boolean noTransaction(List<String> w) {
    String first = at(w, 0);
    String second = at(w, 1);
    if ("CREATE".equals(first) || "DROP".equals(first)) {
      int i = "UNIQUE".equals(second) ? 2 : 1;
      if ("INDEX".equals(at(w, i)) && "CONCURRENTLY".equals(at(w, i + 1))) {
        return true;
      }
      return "DATABASE".equals(second) || "TABLESPACE".equals(second);
    }
    return switch (first == null ? "" : first) {
      case "VACUUM" -> true;
      case "REINDEX" ->
          w.contains("CONCURRENTLY")
              || "SCHEMA".equals(second)
              || "DATABASE".equals(second)
              || "SYSTEM".equals(second);
      case "ALTER" ->
          "SYSTEM".equals(second)
              || ("DATABASE".equals(second) && w.contains("TABLESPACE") && w.contains("SET"))
              || ("TABLE".equals(second)
                  && w.contains("DETACH")
                  && "CONCURRENTLY".equals(w.get(w.size() - 1)));
      default -> false;
    };
  }

  static boolean commitAfter(List<String> w) {
    if (!"ALTER".equals(at(w, 0)) || !"TYPE".equals(at(w, 1))) {
      return false;
    }
    for (int i = 2; i + 1 < w.size(); i++) {
      if ("ADD".equals(w.get(i)) && "VALUE".equals(w.get(i + 1))) {
        return true;
      }
    }
    return false;
  }

  /** The statement's transaction-control command ({@code BEGIN}, {@code COMMIT}, ...), or null. */
  static @Nullable String transactionControl(List<String> w) {
    String first = at(w, 0);
    if (first == null) {
      return null;
    }
    return switch (first) {
      case "BEGIN", "COMMIT", "END", "ROLLBACK", "ABORT", "SAVEPOINT", "RELEASE" -> first;
      case "START" -> "TRANSACTION".equals(at(w, 1)) ? "START TRANSACTION" : null;
      case "PREPARE" -> "TRANSACTION".equals(at(w, 1)) ? "PREPARE TRANSACTION" : null;
      default -> null;
    };
  }

  static String upper(String word) {
    return word.toUpperCase(Locale.ROOT);
  }

  private static @Nullable String at(List<String> w, int i) {
    return i < w.size() ? w.get(i) : null;
  }
}
