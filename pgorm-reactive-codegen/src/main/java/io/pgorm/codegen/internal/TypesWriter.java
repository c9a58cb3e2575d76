package io.pgorm.codegen.internal;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.pgorm.schema.ir.Attribute;
import io.pgorm.schema.ir.CompositeType;
import io.pgorm.schema.ir.Domain;
import io.pgorm.schema.ir.EnumType;
import io.pgorm.schema.ir.SchemaModel;
import io.pgorm.types.CompositeAttribute;
import io.pgorm.types.TypeRegistry;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * {@code SchemaTypes}: registers the schema's domains, enums and composite types, with their
 * generated Java types, in a {@link TypeRegistry}, so that queries read and bind them.
 */
final class TypesWriter {

  /** The class's simple name, in the base package. */
  static final String NAME = "SchemaTypes";

  private TypesWriter() {}

  static TypeSpec.Builder write(
      SchemaModel model, ClassName name, ModelNames names, TypeResolver types) {
    CodeBlock.Builder register = CodeBlock.builder().add("return builder");
    register.indent().indent(); // continuation lines
    for (Domain d : model.domains()) {
      register.add(
          "\n.domainType($S, $S)", SqlTypes.sql(d.name()), types.registryName(d.baseType()));
    }
    for (EnumType e : model.enums()) {
      register.add("\n.enumType($S, $T.class)", SqlTypes.sql(e.name()), names.enumType(e.name()));
    }
    for (CompositeType c : model.composites()) {
      List<CodeBlock> attributes = new ArrayList<>();
      for (Attribute a : c.attributes()) {
        attributes.add(
            CodeBlock.of(
                "$T.of($S, $S)", CompositeAttribute.class, a.name(), types.registryName(a.type())));
      }
      register.add(
          "\n.compositeType($S,$W$T.class,$W$L)",
          SqlTypes.sql(c.name()),
          names.compositeType(c.name()),
          MetamodelWriter.listOf(attributes));
    }
    register.unindent().unindent().add(";\n");
    return TypeSpec.classBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addAnnotation(Files.NULL_MARKED)
        .addJavadoc(
            "The schema's user types for the type registry: its domains, enums and composite types"
                + " with\nthe Java types generated for them. Pass {@link #registry()} to {@code"
                + " PgOrmConfig.Builder#typeRegistry},\nor add them to a builder of your own with"
                + " {@link #register}.\n")
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(
            MethodSpec.methodBuilder("register")
                .addJavadoc(
                    "Adds this schema's domains, enums and composite types to {@code builder}.\n\n"
                        + "@return {@code builder}\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(TypeRegistry.Builder.class)
                .addParameter(TypeRegistry.Builder.class, "builder")
                .addCode(register.build())
                .build())
        .addMethod(
            MethodSpec.methodBuilder("registry")
                .addJavadoc("The built-in types and this schema's.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(TypeRegistry.class)
                .addStatement("return register($T.builder()).build()", TypeRegistry.class)
                .build());
  }
}
