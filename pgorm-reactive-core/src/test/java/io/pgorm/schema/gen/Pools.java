package io.pgorm.schema.gen;

import java.util.List;
import java.util.Random;
import java.util.Set;

/** Random names, SQL text and comments, chosen to hit the printer's and lexer's corner cases. */
final class Pools {

  /** Complete SQL expressions: quotes, dollar quotes, commas, comments, brackets, wrapping. */
  static final List<String> EXPRESSIONS =
      List.of(
          "0",
          "1",
          "-1",
          "'x'",
          "'it''s'",
          "now()",
          "'{}'",
          "(1 + 2) * 3",
          "'a,b'",
          "coalesce(null, 'x')",
          "E'\\n'",
          "$$dollar ) quoted$$",
          "$t$ $$ $t$",
          "ARRAY[1, 2]",
          "1 -- one",
          "(a)",
          "1, 2",
          "\"Quoted Col\" + 1",
          "x /* c ) */ + 1",
          "current_setting('app.x', true)",
          "lower(\"Name\")",
          "a is not null and b <> 'x'",
          "(a, b) > (1, 2)",
          "x::text",
          "case when a > 0 then 'p' else 'n' end");

  static final List<String> QUERIES =
      List.of(
          "select 1",
          "select a, b from t where c = 'x'",
          "select * from t -- all",
          "select count(*) as n from t group by 1",
          "select '$$' as d, $$ ) $$ as e",
          "with x as (select 1) select * from x");

  static final List<String> BODIES =
      List.of(
          " begin return new; end ",
          "select 1",
          "\n  select $$x$$;\n",
          "begin\n  -- $body$\nend",
          "",
          " $ ",
          "return 'x'");

  static final List<String> COMMENTS =
      List.of(
          "Plain.",
          "Two\nlines.",
          "trailing blank \nand\ttab",
          "windows\r\nline ends\r\n",
          "E'reads as escaped'",
          "Ünïcödé ✓",
          "  indented",
          "",
          "/// nested",
          "ends with */ x",
          "a\n\nb",
          "quote ' and \" and $$",
          "-- not sql");

  static final List<String> WORDS =
      List.of(
          "item", "order", "user", "account", "note", "tag", "line", "value", "select", "type",
          "from", "to", "in", "with", "default", "check", "table", "schema", "on", "as");

  private static final Set<String> RESERVED_STYLE =
      Set.of(
          "order", "user", "select", "from", "to", "in", "with", "default", "check", "table", "on",
          "as");

  private Pools() {}

  static <T> T pick(Random r, List<T> list) {
    return list.get(r.nextInt(list.size()));
  }

  static boolean chance(Random r, double p) {
    return r.nextDouble() < p;
  }

  /** A name that is unique per {@code used}, of a random style. */
  static String name(Random r, String prefix, Set<String> used) {
    for (int attempt = 0; ; attempt++) {
      String n;
      int style = r.nextInt(20);
      if (style == 0) {
        n = pick(r, WORDS);
      } else if (style == 1) {
        n = Character.toUpperCase(prefix.charAt(0)) + prefix.substring(1) + attempt;
      } else if (style == 2) {
        n = prefix + " " + attempt;
      } else if (style == 3) {
        n = "é" + prefix + attempt;
      } else if (style == 4) {
        n = prefix + "_" + "x".repeat(45 + r.nextInt(10)) + attempt;
      } else {
        n = prefix + attempt + (attempt > 3 ? "_" + r.nextInt(1000) : "");
      }
      if (n.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 63 && used.add(n)) {
        return n;
      }
    }
  }

  static boolean reservedStyle(String n) {
    return RESERVED_STYLE.contains(n);
  }

  static String comment(Random r) {
    return pick(r, COMMENTS);
  }

  static String javaName(Random r) {
    return pick(r, List.of("Foo", "fooBar", "_x", "Bar9", "baz$"));
  }
}
