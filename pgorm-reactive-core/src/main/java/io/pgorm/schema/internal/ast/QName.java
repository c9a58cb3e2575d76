package io.pgorm.schema.internal.ast;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A possibly qualified name: {@code post}, {@code billing.invoice}, {@code billing.invoice.id}. */
public record QName(List<Ident> parts) {

  public QName {
    parts = List.copyOf(parts);
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("empty name");
    }
  }

  public static QName of(Ident name) {
    return new QName(List.of(name));
  }

  public Pos pos() {
    return parts.get(0).pos();
  }

  /** The last part. */
  public Ident last() {
    return parts.get(parts.size() - 1);
  }

  /** The qualifier of a two-part name, or null for a simple name. */
  public @Nullable Ident qualifier() {
    return parts.size() > 1 ? parts.get(parts.size() - 2) : null;
  }

  public boolean isSimple() {
    return parts.size() == 1;
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    for (Ident part : parts) {
      if (out.length() > 0) {
        out.append('.');
      }
      out.append(part.text());
    }
    return out.toString();
  }
}
