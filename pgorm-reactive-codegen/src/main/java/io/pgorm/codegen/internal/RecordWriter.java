package io.pgorm.codegen.internal;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import javax.lang.model.element.Modifier;

/** The record a table's or view's rows map to: one component per column, in column order. */
final class RecordWriter {

  private RecordWriter() {}

  static TypeSpec.Builder write(ModelSpec table, ClassName name, List<ColumnSpec> columns) {
    CodeBlock.Builder doc = CodeBlock.builder();
    if (table.comment() != null) {
      doc.add("$L\n\n<p>", Docs.text(table.comment()));
    }
    doc.add("A row of $L $L.\n", table.kind(), Docs.code(SqlTypes.sql(table.name())));
    if (!columns.isEmpty()) {
      doc.add("\n"); // javapoet appends the @param lines right after the text
    }
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
    for (ColumnSpec c : columns) {
      ParameterSpec.Builder parameter =
          ParameterSpec.builder(
              c.column().nullable() ? c.javaType().annotated(Files.NULLABLE) : c.javaType(),
              c.component());
      constructor.addParameter(parameter.build());
      doc.add(
          "@param $L column $L, $L",
          c.component(),
          Docs.code(c.column().name()),
          Docs.code(c.sqlType()));
      if (c.column().comment() != null) {
        doc.add(": $L", Docs.text(c.column().comment()));
      }
      doc.add("\n");
    }
    return TypeSpec.recordBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .addAnnotation(Files.NULL_MARKED)
        .addJavadoc(doc.build())
        .recordConstructor(constructor.build());
  }
}
