package io.pgorm.schema.internal.ast;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code function} or {@code procedure}: a header in PostgreSQL's own words and a raw body. Each
 * optional clause is null when not written.
 *
 * @param volatility {@code immutable}, {@code stable} or {@code volatile}
 * @param strict true for {@code strict} / {@code returns null on null input}, false for {@code
 *     called on null input}
 * @param security {@code definer} or {@code invoker}
 * @param parallel {@code safe}, {@code restricted} or {@code unsafe}
 * @param body the body between the dollar quotes, exactly as written
 */
public record RoutineDecl(
    @Nullable String doc,
    boolean procedure,
    QName name,
    List<Param> params,
    @Nullable Returns returns,
    @Nullable Ident language,
    @Nullable String volatility,
    @Nullable Boolean strict,
    @Nullable String security,
    @Nullable Boolean leakproof,
    @Nullable String parallel,
    @Nullable String cost,
    @Nullable String rows,
    List<Setting> settings,
    String body,
    Pos pos)
    implements Decl {

  public RoutineDecl {
    params = List.copyOf(params);
    settings = List.copyOf(settings);
  }

  /**
   * {@code [in | out | inout | variadic] [name] type [default (sql)]}.
   *
   * @param mode the mode as written, or null
   */
  public record Param(
      @Nullable String mode,
      @Nullable Ident name,
      TypeRef type,
      Value.@Nullable Sql defaultValue,
      Pos pos) {}

  /** What a function returns. */
  public sealed interface Returns {
    Pos pos();
  }

  /** {@code returns [setof] type}. */
  public record ReturnsType(TypeRef type, boolean setof, Pos pos) implements Returns {}

  /** {@code returns table (name type, ...)}. */
  public record ReturnsTable(List<Param> columns, Pos pos) implements Returns {
    public ReturnsTable {
      columns = List.copyOf(columns);
    }
  }

  /**
   * {@code set name = value, ...} or {@code set name from current}.
   *
   * @param values names, strings or numbers; empty for {@code from current}
   */
  public record Setting(Ident name, List<Value> values, boolean fromCurrent, Pos pos) {
    public Setting {
      values = List.copyOf(values);
    }
  }
}
