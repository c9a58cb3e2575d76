package io.pgorm.schema.internal.print;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Names, strings, numbers and SQL text as the schema language writes them. */
final class Words {

  private static final Pattern IDENT = Pattern.compile("[\\p{L}_][\\p{L}0-9_$]*");
  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

  /** Words that would read as part of a clause in some position: such names are quoted. */
  private static final Set<String> QUOTED =
      Set.of(
          "in",
          "out",
          "inout",
          "variadic",
          "setof",
          "table",
          "null",
          "schema",
          "sequence",
          "function",
          "procedure",
          "type",
          "domain",
          "collate",
          "asc",
          "desc",
          "nulls",
          "with");

  private Words() {}

  /**
   * An SQL name: bare where PostgreSQL would not quote it (lower case, not reserved) and it reads
   * as a name in every position of the language, else in double quotes.
   */
  static String ident(String name) {
    if (io.pgorm.schema.internal.PgKeywords.readsAsName(name) && !QUOTED.contains(name)) {
      return name;
    }
    return quoted(name);
  }

  /** A Java name: bare whenever the lexer reads it back as itself. */
  static String javaName(String name) {
    return IDENT.matcher(name).matches() ? name : quoted(name);
  }

  private static String quoted(String name) {
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }

  /** Names joined with {@code ", "} inside brackets. */
  static String list(List<String> names) {
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < names.size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      out.append(ident(names.get(i)));
    }
    return out.append(']').toString();
  }

  /** A name or a list of names: {@code a} or {@code [a, b]}. */
  static String oneOrList(List<String> names) {
    return names.size() == 1 ? ident(names.get(0)) : list(names);
  }

  static String string(String s) {
    if (s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("a string of the schema language is one line: " + s);
    }
    return "'" + s.replace("'", "''") + "'";
  }

  /** An enum label: bare when it reads back as itself, else a string. */
  static String label(String label) {
    return IDENT.matcher(label).matches() ? label : string(label);
  }

  /** A parameter value: number or name as is, anything else as a string. */
  static String value(String v) {
    if (NUMBER.matcher(v).matches() || IDENT.matcher(v).matches()) {
      return v;
    }
    return string(v);
  }

  /** A dotted name ({@code pg_catalog.C}): each part as a name. */
  static String dotted(String dotted) {
    StringBuilder out = new StringBuilder();
    for (String part : dotted.split("\\.", -1)) {
      if (out.length() > 0) {
        out.append('.');
      }
      out.append(ident(part));
    }
    return out.toString();
  }

  /** A dollar-quoted body with a tag that does not occur in it. */
  static String body(String body) {
    String tag = "$$";
    for (int i = 0; (body + tag).indexOf(tag) != body.length(); i++) {
      tag = i == 0 ? "$body$" : "$body" + i + "$";
    }
    return tag + body + tag;
  }
}
