package io.pgorm.migrate.internal.diff;

import java.util.Locale;

/**
 * The identity of one object of a schema, the same in both models being compared: kind, schema,
 * name, and a part that tells apart objects within a table (a constraint's name) or overloads (a
 * routine's argument types).
 */
public record Key(Kind kind, String schema, String name, String part) implements Comparable<Key> {

  /** The kinds of keyed objects. Tables, views and materialized views share one namespace. */
  public enum Kind {
    SCHEMA,
    ROLE,
    EXTENSION,
    TYPE,
    SEQUENCE,
    ROUTINE,
    RELATION,
    SEQUENCE_OWNER,
    CONSTRAINT,
    INDEX,
    TRIGGER,
    POLICY,
    GRANT
  }

  public static Key of(Kind kind, String schema, String name) {
    return new Key(kind, schema, name, "");
  }

  /** The allow-list subject: {@code schema.name}, {@code schema.table.part}. */
  public String subject() {
    StringBuilder b = new StringBuilder();
    if (!schema.isEmpty()) {
      b.append(schema).append('.');
    }
    b.append(name);
    if (kind == Kind.ROUTINE) {
      b.append('(').append(part).append(')');
    } else if (!part.isEmpty()) {
      b.append('.').append(part);
    }
    return b.toString();
  }

  @Override
  public int compareTo(Key o) {
    int c = kind.compareTo(o.kind);
    if (c == 0) {
      c = schema.compareTo(o.schema);
    }
    if (c == 0) {
      c = name.compareTo(o.name);
    }
    return c != 0 ? c : part.compareTo(o.part);
  }

  @Override
  public String toString() {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + subject();
  }
}
