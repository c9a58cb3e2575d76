package io.pgorm.codegen.internal;

import com.palantir.javapoet.TypeName;
import io.pgorm.schema.ir.Column;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A column with its Java names and types: the record component, the metamodel constant (upper snake
 * case of the component; {@code TABLE} and {@code TABLE_NAME} name the metamodel's own constants,
 * so a column that would take one gets a trailing underscore), the Java type and the SQL type text.
 */
record ColumnSpec(
    Column column, String component, String constant, TypeName javaType, String sqlType) {

  static final Set<String> RESERVED_CONSTANTS = Set.of("TABLE", "TABLE_NAME");

  /** The columns of a model, or an empty list after adding what is wrong to problems. */
  static List<ColumnSpec> of(ModelSpec table, TypeResolver types, List<String> problems) {
    List<ColumnSpec> specs = new ArrayList<>();
    Map<String, String> components = new HashMap<>();
    int before = problems.size();
    for (Column column : table.columns()) {
      String where = "column " + table.name() + "." + column.name();
      String component = column.javaName();
      if (component == null) {
        component = JavaNames.memberName(column.name());
      } else if (!JavaNames.isComponentName(component)) {
        problems.add(
            where + ": Java name '" + component + "' is not a valid record component name");
        continue;
      }
      String clash = components.putIfAbsent(component, column.name());
      if (clash != null) {
        problems.add(
            where
                + " and column "
                + clash
                + " would both be record component "
                + component
                + ": give one of them another Java name with @java(name: ...)");
        continue;
      }
      TypeName javaType = types.javaType(column.type());
      if (javaType == null) {
        problems.add(
            where
                + ": type "
                + SqlTypes.sql(column.type())
                + " is neither declared in the schema nor a known PostgreSQL or extension type");
        continue;
      }
      String constant = JavaNames.constantName(component);
      if (RESERVED_CONSTANTS.contains(constant)) {
        constant = constant + "_";
      }
      specs.add(
          new ColumnSpec(column, component, constant, javaType.box(), SqlTypes.sql(column.type())));
    }
    return problems.size() == before ? specs : List.of();
  }

  /** Whether the server supplies a value when an insert leaves the column out. */
  boolean defaulted() {
    return column.defaultExpression() != null
        || column.identity() != null
        || column.generatedExpression() != null
        || column.serial();
  }

  /** Whether the server always computes the value (generated, or identity ALWAYS). */
  boolean generated() {
    return column.generatedExpression() != null
        || (column.identity() != null && column.identity().always());
  }
}
