package io.pgorm.schema.ir;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A table column. Exactly one of {@code defaultExpression}, {@code identity}, {@code
 * generatedExpression} may be set ({@code serial} implies a {@code nextval} default that is not
 * written out). Expressions are SQL text.
 */
public record Column(
    String name,
    TypeRef type,
    boolean nullable,
    @Nullable String defaultExpression,
    @Nullable Identity identity,
    @Nullable String generatedExpression,
    boolean serial,
    @Nullable String collation,
    @Nullable String comment,
    @Nullable String javaName,
    @Nullable String renamedFrom) {

  public Column {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }

  /** A plain column: no default, collation, comment or hints. */
  public static Column of(String name, TypeRef type, boolean nullable) {
    return new Column(name, type, nullable, null, null, null, false, null, null, null, null);
  }

  public Column withDefault(@Nullable String expression) {
    return new Column(
        name,
        type,
        nullable,
        expression,
        identity,
        generatedExpression,
        serial,
        collation,
        comment,
        javaName,
        renamedFrom);
  }

  public Column withIdentity(@Nullable Identity value) {
    return new Column(
        name,
        type,
        nullable,
        defaultExpression,
        value,
        generatedExpression,
        serial,
        collation,
        comment,
        javaName,
        renamedFrom);
  }

  public Column withComment(@Nullable String value) {
    return new Column(
        name,
        type,
        nullable,
        defaultExpression,
        identity,
        generatedExpression,
        serial,
        collation,
        value,
        javaName,
        renamedFrom);
  }

  public Column withRenamedFrom(@Nullable String value) {
    return new Column(
        name,
        type,
        nullable,
        defaultExpression,
        identity,
        generatedExpression,
        serial,
        collation,
        comment,
        javaName,
        value);
  }

  /** This column with other schema-file hints (Java name, rename). */
  public Column withHints(@Nullable String javaName, @Nullable String renamedFrom) {
    return new Column(
        name,
        type,
        nullable,
        defaultExpression,
        identity,
        generatedExpression,
        serial,
        collation,
        comment,
        javaName,
        renamedFrom);
  }
}
