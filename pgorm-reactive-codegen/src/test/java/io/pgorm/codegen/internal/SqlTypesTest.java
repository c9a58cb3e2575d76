package io.pgorm.codegen.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgorm.query.meta.Cardinality;
import io.pgorm.schema.ir.QualifiedName;
import io.pgorm.schema.ir.RelationKind;
import io.pgorm.schema.ir.TypeRef;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlTypesTest {

  @Test
  void builtinTypesWithModifiersAndArrays() {
    assertThat(SqlTypes.sql(TypeRef.builtin("numeric", "10", "2"))).isEqualTo("numeric(10,2)");
    assertThat(SqlTypes.sql(TypeRef.builtin("text").array().array())).isEqualTo("text[][]");
    assertThat(SqlTypes.sql(TypeRef.builtin("double precision"))).isEqualTo("double precision");
    assertThat(SqlTypes.sql(TypeRef.builtin("interval", "day to second", "3")))
        .isEqualTo("interval day to second(3)");
    assertThat(SqlTypes.sql(TypeRef.builtin("interval", "year"))).isEqualTo("interval year");
    assertThat(SqlTypes.sql(TypeRef.builtin("interval", "6"))).isEqualTo("interval(6)");
  }

  @Test
  void userTypesAreQualifiedAndQuotedWhereNeeded() {
    assertThat(SqlTypes.sql(TypeRef.user("shop", "order_status"))).isEqualTo("shop.order_status");
    assertThat(SqlTypes.sql(new TypeRef("Shop", "My \"Type\"", List.of(), 1)))
        .isEqualTo("\"Shop\".\"My \"\"Type\"\"\"[]");
    assertThat(SqlTypes.sql(QualifiedName.of("public", "Account"))).isEqualTo("public.\"Account\"");
  }

  /** RelationsWriter writes Cardinality constants by the IR's RelationKind names. */
  @Test
  void cardinalityNamesMatchRelationKinds() {
    assertThat(Arrays.stream(Cardinality.values()).map(Enum::name))
        .containsExactlyElementsOf(Arrays.stream(RelationKind.values()).map(Enum::name).toList());
  }
}
