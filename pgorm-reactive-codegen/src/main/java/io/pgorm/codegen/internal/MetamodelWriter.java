package io.pgorm.codegen.internal;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.pgorm.query.meta.ColumnMeta;
import io.pgorm.query.meta.TableMeta;
import io.pgorm.query.meta.TableName;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The metamodel class of a table or view: {@code TABLE_NAME}, a {@link ColumnMeta} constant per
 * column, {@code TABLE}, and a nested {@code Relations} class (see {@link RelationsWriter}).
 */
final class MetamodelWriter {

  private static final Modifier[] CONSTANT = {Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL};

  private MetamodelWriter() {}

  static TypeSpec.Builder write(
      ModelSpec table,
      ClassName name,
      ClassName record,
      List<ColumnSpec> columns,
      TypeSpec relations) {
    String kind = table.kind();
    boolean readOnly = table.readOnly();
    CodeBlock.Builder doc =
        CodeBlock.builder()
            .add(
                "The metamodel of $L $L, whose rows map to {@link $T}.\n",
                kind,
                Docs.code(SqlTypes.sql(table.name())),
                record);
    if (table.comment() != null) {
      doc.add("\n<p>$L\n", Docs.text(table.comment()));
    }
    TypeSpec.Builder type =
        TypeSpec.classBuilder(name)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addAnnotation(Files.NULL_MARKED)
            .addJavadoc(doc.build())
            .addField(
                FieldSpec.builder(TableName.class, "TABLE_NAME", CONSTANT)
                    .addJavadoc("The $L's schema-qualified name.\n", kind)
                    .initializer(
                        "new $T($S, $S)",
                        TableName.class,
                        table.name().schema(),
                        table.name().name())
                    .build());
    for (ColumnSpec c : columns) {
      type.addField(column(c, record, readOnly));
    }
    ParameterizedTypeName tableType =
        ParameterizedTypeName.get(ClassName.get(TableMeta.class), record);
    type.addField(
        FieldSpec.builder(tableType, "TABLE", CONSTANT)
            .addJavadoc("The $L: its columns in order and its primary key.\n", kind)
            .initializer(
                "new $T<>(TABLE_NAME,$W$T.class,$W$L,$W$L,$W$L)",
                TableMeta.class,
                record,
                list(columns.stream().map(ColumnSpec::constant).toList()),
                list(primaryKeyConstants(table, columns)),
                readOnly)
            .build());
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    if (!relations.fieldSpecs().isEmpty()) {
      type.addType(relations);
    }
    return type;
  }

  private static FieldSpec column(ColumnSpec c, ClassName record, boolean readOnly) {
    ParameterizedTypeName type =
        ParameterizedTypeName.get(ClassName.get(ColumnMeta.class), record, c.javaType());
    CodeBlock.Builder doc =
        CodeBlock.builder()
            .add("Column $L, $L", Docs.code(c.column().name()), Docs.code(c.sqlType()))
            .add(c.column().nullable() ? ", nullable" : ", not null");
    if (c.generated()) {
      doc.add(", computed by the server");
    } else if (c.defaulted()) {
      doc.add(", with a default");
    }
    doc.add(".\n");
    if (c.column().comment() != null) {
      doc.add("\n<p>$L\n", Docs.text(c.column().comment()));
    }
    return FieldSpec.builder(type, c.constant(), CONSTANT)
        .addJavadoc(doc.build())
        .initializer(
            "new $T<>(TABLE_NAME,$W$S,$W$S,$W$S,$W$L,$W$L,$W$L,$W$L)",
            ColumnMeta.class,
            c.column().name(),
            c.component(),
            c.sqlType(),
            TypeResolver.runtimeType(c.javaType()),
            c.column().nullable(),
            c.defaulted(),
            readOnly || c.generated())
        .build();
  }

  private static List<String> primaryKeyConstants(ModelSpec table, List<ColumnSpec> columns) {
    return table.primaryKey().stream()
        .map(
            key ->
                columns.stream()
                    .filter(c -> c.column().name().equals(key))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("validated: " + key))
                    .constant())
        .toList();
  }

  /** {@code List.of(A, B)}, wrapped where the line gets long. */
  static CodeBlock list(List<String> names) {
    return listOf(names.stream().map(n -> CodeBlock.of("$L", n)).toList());
  }

  static CodeBlock listOf(List<CodeBlock> elements) {
    CodeBlock.Builder code = CodeBlock.builder().add("$T.of(", List.class);
    for (int i = 0; i < elements.size(); i++) {
      code.add(i == 0 ? "$L" : ",$W$L", elements.get(i));
    }
    return code.add(")").build();
  }
}
