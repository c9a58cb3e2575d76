package io.pgorm.schema.internal.ast;

import java.util.List;

/** An attribute argument's value. */
public sealed interface Value {

  Pos pos();

  /** A name: {@code cascade}, {@code true}, {@code billing.invoice}. */
  record Name(QName name, Pos pos) implements Value {}

  /** A name with arguments: {@code account(id)}, {@code setNull(author_id)}. */
  record Call(QName name, List<Arg> args, Pos pos) implements Value {
    public Call {
      args = List.copyOf(args);
    }
  }

  /** A single-quoted string, unescaped. */
  record Str(String text, Pos pos) implements Value {}

  /** A number as written, with its sign. */
  record Num(String text, Pos pos) implements Value {}

  /** {@code [a, b]}. */
  record ListOf(List<Value> items, Pos pos) implements Value {
    public ListOf {
      items = List.copyOf(items);
    }
  }

  /** {@code {key: value, ...}}. */
  record MapOf(List<Arg> entries, Pos pos) implements Value {
    public MapOf {
      entries = List.copyOf(entries);
    }
  }

  /** Raw SQL text, trimmed. */
  record Sql(String text, Pos pos) implements Value {}

  /** An index, exclusion or partition-key element. */
  record Element(IndexElement element) implements Value {
    @Override
    public Pos pos() {
      return element.pos();
    }
  }
}
