package io.pgorm.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgorm.codegen.CodeGenerator;
import org.junit.jupiter.api.Test;

class GeneratorFingerprintTest {

  /** A snapshot generator is identified by its classes too, so a rebuilt one regenerates. */
  @Test
  void aSnapshotIsFingerprintedByItsClasses() {
    String fingerprint = GeneratorFingerprint.of();
    assertThat(CodeGenerator.version()).endsWith("-SNAPSHOT");
    assertThat(fingerprint)
        .matches(java.util.regex.Pattern.quote(CodeGenerator.version()) + "\\+[0-9a-f]{64}")
        .isEqualTo(GeneratorFingerprint.of());
  }
}
