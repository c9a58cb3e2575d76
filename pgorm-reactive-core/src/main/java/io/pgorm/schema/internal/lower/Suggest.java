package io.pgorm.schema.internal.lower;

import java.util.Collection;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** "Did you mean" suggestions by edit distance. */
final class Suggest {

  private Suggest() {}

  /** {@code "; did you mean 'x'?"} for the closest candidate within reach, or an empty string. */
  static String didYouMean(String word, Collection<String> candidates) {
    String best = closest(word, candidates);
    return best == null ? "" : "; did you mean '" + best + "'?";
  }

  static @Nullable String closest(String word, Collection<String> candidates) {
    int limit = Math.max(1, Math.min(3, word.length() / 3));
    String lower = word.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      if (c.equals(word)) {
        continue;
      }
      int d = distance(lower, c.toLowerCase(Locale.ROOT));
      if (d < bestDistance || d == bestDistance && best != null && c.compareTo(best) < 0) {
        best = c;
        bestDistance = d;
      }
    }
    return bestDistance <= limit ? best : null;
  }

  /** Edit distance where swapping two neighbours counts as one edit. */
  private static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
