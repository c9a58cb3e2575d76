package io.pgorm.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgorm.types.PgType.BindMode;
import io.pgorm.types.PgType.Kind;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypeNamesTest {

  private final TypeRegistry registry = TypeRegistry.builtIn();

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "int4|integer",
        "INTEGER|integer",
        "serial|integer",
        "bigserial|bigint",
        "character varying(20)|varchar",
        "varchar|varchar",
        "character(3)|char",
        "bpchar|char",
        "decimal(10, 2)|numeric",
        "numeric|numeric",
        "float|double precision",
        "float(10)|real",
        "float(30)|double precision",
        "double   precision|double precision",
        "timestamp(3) with time zone|timestamptz",
        "timestamp without time zone|timestamp",
        "time(6) with time zone|timetz",
        "interval day to second(3)|interval",
        "interval year|interval",
        "bit varying(8)|varbit",
        "int[]|integer[]",
        "integer ARRAY|integer[]",
        "integer ARRAY[4]|integer[]",
        "_int4|integer[]",
        "numeric(10,2)[][]|numeric[][]",
        "text[3][3]|text[][]",
        "tstzrange|tstzrange",
        "citext|citext",
      })
  void namesAndAliasesResolveToTheCanonicalName(String name, String canonical) {
    assertThat(registry.type(name).name()).isEqualTo(canonical);
  }

  @Test
  void describesBuiltInExtensionAndArrayTypes() {
    PgType integer = registry.type("integer");
    assertThat(integer.oid()).isEqualTo(23);
    assertThat(integer.arrayOid()).isEqualTo(1007);
    assertThat(integer.javaType()).isEqualTo(Integer.class);
    assertThat(integer.aliases()).containsExactly("int", "int4", "serial", "serial4");
    assertThat(integer.bindMode()).isEqualTo(BindMode.DIRECT);

    PgType citext = registry.type("citext");
    assertThat(citext.isResolvedPerConnection()).isTrue();
    assertThat(citext.extension()).isEqualTo("citext");
    assertThat(citext.bindMode()).isEqualTo(BindMode.TYPED);

    PgType matrix = registry.type("numeric[][]");
    assertThat(matrix.kind()).isEqualTo(Kind.ARRAY);
    assertThat(matrix.dimensions()).isEqualTo(2);
    assertThat(matrix.oid()).isEqualTo(1231);
    assertThat(matrix.javaType()).isEqualTo(List.class);
    assertThat(matrix.element()).isEqualTo(registry.type("numeric"));

    assertThat(registry.type("numeric").javaType()).isEqualTo(BigDecimal.class);
    assertThat(registry.type("timestamptz").javaType()).isEqualTo(OffsetDateTime.class);
    assertThat(registry.type("hstore").javaType()).isEqualTo(Map.class);
    assertThat(registry.type("tsrange").kind()).isEqualTo(Kind.RANGE);
    assertThat(registry.type("tsrange").element()).isEqualTo(registry.type("timestamp"));
    assertThat(registry.type("datemultirange").element()).isEqualTo(registry.type("date"));
    assertThat(registry.type("money").javaType()).isEqualTo(PgMoney.class);
  }

  @Test
  void everyNameAndAliasIsUnique() {
    Set<String> seen = new HashSet<>();
    for (PgType t : registry.types()) {
      assertThat(seen.add(t.name())).as(t.name()).isTrue();
      for (String alias : t.aliases()) {
        assertThat(seen.add(alias)).as(alias).isTrue();
      }
      assertThat(registry.type(t.name())).isEqualTo(t);
    }
    assertThat(registry.types()).hasSize(70);
  }

  @Test
  void unknownNamesSayWhatToDo() {
    assertThatThrownBy(() -> registry.type("mood"))
        .isInstanceOf(TypeMappingException.class)
        .hasMessage(
            "Unknown PostgreSQL type 'mood': the type registry does not know it. Hint: user types"
                + " are named with their schema, e.g. public.mood; built-in names are those of"
                + " docs/types.md.");
    assertThatThrownBy(() -> registry.type("app.mood"))
        .hasMessage(
            "Unknown PostgreSQL type 'app.mood': the type registry does not know it. Hint: register"
                + " user enums and composites with TypeRegistry.builder().enumType(...) or"
                + " .compositeType(...), by the schema-qualified name.");
    assertThat(registry.find("integer[x]")).isEmpty();
    assertThat(registry.find("\"unterminated")).isEmpty();
  }
}
