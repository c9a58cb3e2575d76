package io.pgorm.codegen.internal;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.pgorm.schema.ir.EnumType;
import io.pgorm.types.PgEnum;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * A Java enum for a PostgreSQL enum: one constant per label in sort order, named after the label in
 * upper snake case ({@code in progress} → {@code IN_PROGRESS}; a clash gets {@code _2}, {@code _3},
 * ...), each keeping its label as {@link PgEnum#pgLabel()}, by which the type registry maps it.
 */
final class EnumWriter {

  private EnumWriter() {}

  static TypeSpec.Builder write(EnumType type, ClassName name) {
    CodeBlock.Builder doc = CodeBlock.builder();
    if (type.comment() != null) {
      doc.add("$L\n\n<p>", Docs.text(type.comment()));
    }
    doc.add(
        "The enum type $L; {@link #pgLabel()} is the label PostgreSQL stores.\n",
        Docs.code(SqlTypes.sql(type.name())));
    TypeSpec.Builder spec =
        TypeSpec.enumBuilder(name)
            .addModifiers(Modifier.PUBLIC)
            .addSuperinterface(PgEnum.class)
            .addAnnotation(Files.NULL_MARKED)
            .addJavadoc(doc.build());
    Set<String> taken = new HashSet<>();
    for (String label : type.values()) {
      String constant = JavaNames.constantName(label);
      for (int n = 2; !taken.add(constant); n++) {
        constant = JavaNames.constantName(label) + "_" + n;
      }
      spec.addEnumConstant(
          constant,
          TypeSpec.anonymousClassBuilder("$S", label)
              .addJavadoc("Label $L.\n", Docs.code(label))
              .build());
    }
    String labels = String.join(", ", type.values());
    return spec.addField(
            FieldSpec.builder(String.class, "pgLabel", Modifier.PRIVATE, Modifier.FINAL).build())
        .addMethod(
            MethodSpec.constructorBuilder()
                .addParameter(String.class, "pgLabel")
                .addStatement("this.pgLabel = pgLabel")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("pgLabel")
                .addJavadoc("The label PostgreSQL stores for this value.\n")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement("return pgLabel")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("fromPgLabel")
                .addJavadoc(
                    "The value with that label.\n\n@throws IllegalArgumentException when no value has"
                        + " that label\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addParameter(String.class, "label")
                .returns(name)
                .beginControlFlow("for ($T value : values())", name)
                .beginControlFlow("if (value.pgLabel.equals(label))")
                .addStatement("return value")
                .endControlFlow()
                .endControlFlow()
                .addStatement(
                    "throw new $T($S + label + $S)",
                    IllegalArgumentException.class,
                    "no label '",
                    "' in enum " + type.name() + " (labels: " + labels + ")")
                .build());
  }
}
