package io.pgorm.codegen.internal;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/** What every generated file shares: header, indentation, and the nullness annotations. */
final class Files {

  static final AnnotationSpec NULLABLE = AnnotationSpec.builder(Nullable.class).build();
  static final AnnotationSpec NULL_MARKED = AnnotationSpec.builder(NullMarked.class).build();

  private Files() {}

  static JavaFile file(ClassName name, TypeSpec.Builder type, String header, ModelNames names) {
    // Fully qualify JDK and library types whose simple names a generated class takes in this
    // package (a table "list" gives a record List, which must not hide java.util.List).
    // (TypeSpec.toBuilder() drops a record's components: so the writers hand over builders.)
    TypeSpec qualified =
        type.alwaysQualify(names.simpleNamesIn(name.packageName()).toArray(new String[0])).build();
    return JavaFile.builder(name.packageName(), qualified)
        .addFileComment("$L", header)
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
  }
}
