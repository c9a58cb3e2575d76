package io.pgorm.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.RepeatedTest;

class DeterminismTest {

  /** Fresh generators and models each time: no state, hash order or clock leaks into output. */
  @RepeatedTest(3)
  void sameModelGivesTheSameBytes() {
    CodegenOptions options =
        CodegenOptions.builder("com.example.shop").sourceName("shop.pgorm").build();
    GeneratedSources first = CodeGenerator.create(options).generate(ShopModel.model());
    GeneratedSources second = CodeGenerator.create(options).generate(ShopModel.model());
    assertThat(second).isEqualTo(first);
    assertThat(first.files()).isNotEmpty();
  }
}
