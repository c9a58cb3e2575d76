package io.pgorm.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgorm.schema.changes.ChangeStreams;
import io.pgorm.schema.ir.ChangeOperation;
import io.pgorm.schema.ir.ChangeStream;
import io.pgorm.schema.ir.SchemaModel;
import io.pgorm.schema.ir.Table;
import java.util.List;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

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

  /** The change log of @@notify is no model of the application's. */
  @Test
  void physicalFormOfChangeStreamsGeneratesTheDeclaredForm() {
    SchemaModel plain = ShopModel.model();
    List<Table> tables =
        plain.tables().stream()
            .map(
                t ->
                    t.name().equals(ShopModel.ACCOUNT)
                        ? t.withChangeStream(new ChangeStream(List.of(ChangeOperation.INSERT)))
                        : t)
            .toList();
    SchemaModel declared = plain.withTables(tables);
    CodeGenerator generator = CodeGenerator.create(CodegenOptions.of("com.example.shop"));
    assertThat(generator.generate(ChangeStreams.expand(declared)))
        .isEqualTo(generator.generate(declared))
        .isEqualTo(generator.generate(plain));
  }
}
