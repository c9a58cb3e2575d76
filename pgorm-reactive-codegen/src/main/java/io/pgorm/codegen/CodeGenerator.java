package io.pgorm.codegen;

import io.pgorm.codegen.internal.DefaultCodeGenerator;
import io.pgorm.schema.ir.SchemaModel;

/**
 * Java sources from a schema model: per model (a table that is no partition) a record and a
 * metamodel class with typed column constants and relations; per enum a Java enum; per composite
 * type a record. See {@code docs/codegen.md} for what is generated and the naming rules.
 *
 * <p>Generation is pure (no I/O) and deterministic: the same model and options give the same files,
 * byte for byte.
 */
public interface CodeGenerator {

  /** A generator with these options. */
  static CodeGenerator create(CodegenOptions options) {
    return new DefaultCodeGenerator(options);
  }

  /** This generator's version, recorded by build tools to regenerate after an upgrade. */
  static String version() {
    return DefaultCodeGenerator.version();
  }

  /**
   * The sources for {@code model}.
   *
   * @throws CodegenException with every problem found, when the model cannot be turned into Java
   */
  GeneratedSources generate(SchemaModel model);
}
