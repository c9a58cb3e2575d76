package io.pgorm.schema.internal.ast;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One element of an index, exclusion constraint or partition key, in PostgreSQL's own order: {@code
 * column | (expression)} {@code [collate C]} {@code [opclass [(param = value, ...)]]} {@code [asc |
 * desc]} {@code [nulls first | last]} {@code [with operator]}.
 *
 * @param column the column, or null for an expression
 * @param expression the SQL expression, or null for a column
 * @param order {@code asc}, {@code desc} or null
 * @param nulls {@code first}, {@code last} or null
 * @param operator the exclusion operator after {@code with}, or null
 */
public record IndexElement(
    @Nullable Ident column,
    @Nullable String expression,
    @Nullable QName collation,
    @Nullable QName opclass,
    List<Arg> opclassParams,
    @Nullable String order,
    @Nullable String nulls,
    @Nullable String operator,
    Pos pos) {

  public IndexElement {
    opclassParams = List.copyOf(opclassParams);
  }
}
