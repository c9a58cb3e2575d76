package io.pgorm.codegen.internal;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.pgorm.query.meta.Cardinality;
import io.pgorm.query.meta.RelationMeta;
import io.pgorm.schema.ir.QualifiedName;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import javax.lang.model.element.Modifier;

/**
 * The nested {@code Relations} class of a metamodel. It is a class of its own because relation
 * constants refer to other metamodel classes, which may refer back: kept out of the metamodel's own
 * static initializer, no class initialization cycle can observe a {@code null} constant.
 */
final class RelationsWriter {

  private RelationsWriter() {}

  /**
   * @param column the metamodel constant of a table's column, e.g. {@code PostTable.AUTHOR_ID}
   */
  static TypeSpec write(
      QualifiedName table,
      ClassName metamodel,
      List<ResolvedRelation> relations,
      ModelNames names,
      BiFunction<QualifiedName, String, CodeBlock> column) {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(metamodel.nestedClass("Relations"))
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc(
                "The relations of $L, as the schema declares them.\n",
                Docs.code(SqlTypes.sql(table)));
    for (ResolvedRelation r : relations) {
      ClassName source = names.record(r.source().name());
      ClassName target = names.record(r.target().name());
      CodeBlock through = CodeBlock.of("null");
      if (r.through() != null) {
        through =
            CodeBlock.of(
                "new $T<>($T.TABLE,$W$L,$W$L)",
                RelationMeta.Through.class,
                names.metamodel(r.through().name()),
                columns(r.through().name(), r.throughSource(), column),
                columns(r.through().name(), r.throughTarget(), column));
      }
      String cardinality = r.relation().kind().name();
      type.addField(
          FieldSpec.builder(
                  ParameterizedTypeName.get(ClassName.get(RelationMeta.class), source, target),
                  JavaNames.constantName(r.relation().name()),
                  Modifier.PUBLIC,
                  Modifier.STATIC,
                  Modifier.FINAL)
              .addJavadoc(
                  "Relation $L: $L, to {@link $T}.\n",
                  Docs.code(r.relation().name()),
                  cardinality.toLowerCase(Locale.ROOT).replace('_', ' '),
                  target)
              .initializer(
                  "new $T<>($S,$W$T.$L,$W$T.TABLE,$W$T.TABLE,$W$L,$W$L,$W$L)",
                  RelationMeta.class,
                  r.relation().name(),
                  Cardinality.class,
                  cardinality,
                  metamodel,
                  names.metamodel(r.target().name()),
                  columns(r.source().name(), r.sourceColumns(), column),
                  columns(r.target().name(), r.targetColumns(), column),
                  through)
              .build());
    }
    return type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .build();
  }

  private static CodeBlock columns(
      QualifiedName table,
      List<String> names,
      BiFunction<QualifiedName, String, CodeBlock> column) {
    return MetamodelWriter.listOf(names.stream().map(n -> column.apply(table, n)).toList());
  }
}
