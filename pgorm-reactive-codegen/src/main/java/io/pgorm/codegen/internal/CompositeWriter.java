package io.pgorm.codegen.internal;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.pgorm.schema.ir.Attribute;
import io.pgorm.schema.ir.CompositeType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * A record for a composite type, one component per attribute. Every component is {@code @Nullable}:
 * PostgreSQL cannot declare a composite's attribute NOT NULL.
 */
final class CompositeWriter {

  private CompositeWriter() {}

  static TypeSpec.Builder write(
      CompositeType type, ClassName name, TypeResolver types, List<String> problems) {
    CodeBlock.Builder doc = CodeBlock.builder();
    if (type.comment() != null) {
      doc.add("$L\n\n<p>", Docs.text(type.comment()));
    }
    doc.add("The composite type $L.\n", Docs.code(SqlTypes.sql(type.name())));
    if (!type.attributes().isEmpty()) {
      doc.add("\n"); // javapoet appends the @param lines right after the text
    }
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
    Set<String> components = new HashSet<>();
    for (Attribute a : type.attributes()) {
      String where = "attribute " + type.name() + "." + a.name();
      String component = JavaNames.memberName(a.name());
      TypeName javaType = types.javaType(a.type());
      if (!components.add(component)) {
        problems.add(where + ": another attribute also becomes record component " + component);
      } else if (javaType == null) {
        problems.add(
            where
                + ": type "
                + SqlTypes.sql(a.type())
                + " is neither declared in the schema nor a known PostgreSQL or extension type");
      } else {
        constructor.addParameter(
            ParameterSpec.builder(javaType.box().annotated(Files.NULLABLE), component).build());
        doc.add(
            "@param $L attribute $L, $L",
            component,
            Docs.code(a.name()),
            Docs.code(SqlTypes.sql(a.type())));
        if (a.comment() != null) {
          doc.add(": $L", Docs.text(a.comment()));
        }
        doc.add("\n");
      }
    }
    return TypeSpec.recordBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .addAnnotation(Files.NULL_MARKED)
        .addJavadoc(doc.build())
        .recordConstructor(constructor.build());
  }
}
