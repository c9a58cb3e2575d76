package io.pgorm.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import io.pgorm.types.TypeFixtures.Address;
import io.pgorm.types.TypeFixtures.Mood;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The JSON forms that to_jsonb writes, decoded without a server (the server side is in
 * TypeRoundTripTest).
 */
class JsonFormTest {

  private final TypeRegistry registry = TypeFixtures.registry();

  private Object decode(String type, String json) throws Exception {
    return registry.decodeJson(type, registry.objectMapper().readTree(json));
  }

  @Test
  void stringsCarryTheTextForm() throws Exception {
    assertThat(decode("money", "\"-$1,234.56\"")).isEqualTo(PgMoney.of("-1234.56"));
    assertThat((byte[]) decode("bytea", "\"\\\\x01ff\"")).containsExactly(1, 0xff);
    assertThat(decode("timestamp", "\"2024-01-01T12:00:00.5\""))
        .isEqualTo(LocalDateTime.of(2024, 1, 1, 12, 0, 0, 500_000_000));
    assertThat(decode("timestamp", "\"0044-03-15T12:00:00 BC\""))
        .isEqualTo(LocalDateTime.of(-43, 3, 15, 12, 0));
    assertThat(decode("timestamptz", "\"2024-01-01T12:00:00+05:30\""))
        .isEqualTo(OffsetDateTime.of(2024, 1, 1, 6, 30, 0, 0, ZoneOffset.UTC));
    assertThat(decode("date", "\"infinity\"")).isEqualTo(PgInfinity.DATE_POSITIVE);
    assertThat(decode("numeric", "\"NaN\"")).isEqualTo(PgNumeric.NAN);
    assertThat(decode("double precision", "\"-Infinity\"")).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(decode("int4range", "\"[1,5)\"")).isEqualTo(PgRange.closedOpen(1, 5));
    assertThat(decode("inet", "\"10.0.0.1/8\"")).isEqualTo(PgInet.parse("10.0.0.1/8"));
    assertThat(decode("app.mood", "\"so-so\"")).isEqualTo(Mood.SO_SO);
  }

  @Test
  void numbersKeepEveryDigit() throws Exception {
    String digits = "1" + "0".repeat(1500) + ".5" + "0".repeat(20);
    assertThat(decode("numeric", digits)).isEqualTo(new BigDecimal(digits));
    assertThat(decode("numeric", "2.50")).isEqualTo(new BigDecimal("2.50"));
    assertThat(decode("real", "1.1")).isEqualTo(1.1f);
    assertThat(decode("bigint", "9223372036854775807")).isEqualTo(Long.MAX_VALUE);
    assertThat(decode("oid", "\"4294967295\"")).isEqualTo(4294967295L);
  }

  @Test
  void arraysCompositesAndHstoreAreJsonStructures() throws Exception {
    assertThat(decode("integer[]", "[[1, 2], [3, null]]"))
        .isEqualTo(List.of(List.of(1, 2), Arrays.asList(3, null)));
    assertThat(decode("text[]", "[]")).isEqualTo(List.of());
    assertThat(decode("jsonb[]", "[[1, 2]]"))
        .isEqualTo(List.of(registry.objectMapper().readTree("[1, 2]")));
    assertThat(
            decode(
                "app.address",
                "{\"street\": \"x\", \"zip\": null, \"tags\": [\"a\"], \"mood\": \"sad\"}"))
        .isEqualTo(new Address("x", null, List.of("a"), Mood.SAD));
    assertThat(decode("hstore", "{\"a\": \"1\", \"b\": null}")).isEqualTo(mapWithNull());
  }

  private static Map<String, String> mapWithNull() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("a", "1");
    m.put("b", null);
    return m;
  }

  @Test
  void jsonNullIsNullExceptForJsonDocuments() throws Exception {
    assertThat(decode("integer", "null")).isNull();
    assertThat(decode("jsonb", "null")).isEqualTo(NullNode.getInstance());
    JsonNode doc = registry.objectMapper().readTree("{\"a\": [1.50]}");
    assertThat(registry.decodeJson("jsonb", doc)).isEqualTo(doc).isNotSameAs(doc);
  }

  @Test
  void aDefaultMapperLosesDigitsTheRegistrysKeeps() throws Exception {
    JsonNode plain = new ObjectMapper().readTree("0.1000000000000000055511151231257827");
    assertThat(registry.decodeJson("numeric", plain)).isEqualTo(new BigDecimal("0.1"));
    assertThat(decode("numeric", "0.1000000000000000055511151231257827"))
        .isEqualTo(new BigDecimal("0.1000000000000000055511151231257827"));
  }

  @Test
  void badJsonFormsNameTheType() {
    assertThatThrownBy(() -> decode("integer[]", "{\"a\": 1}"))
        .isInstanceOf(TypeMappingException.class)
        .hasMessage(
            "Cannot decode the JSON form of a value of type integer[]: expected a JSON array, got OBJECT."
                + " Hint: the JSON must be what to_jsonb() writes for this type.");
    assertThatThrownBy(() -> decode("date", "\"2024-13-01\""))
        .hasMessageStartingWith(
            "Cannot decode the JSON form of a value of type date: not a date/time value: \"2024-13-01\"");
    assertThatThrownBy(() -> decode("app.mood", "\"glad\""))
        .hasMessageContaining(
            "the label 'glad' of app.mood has no constant in io.pgorm.types.TypeFixtures$Mood");
  }

  @Test
  void textFormsReadAndWrite() {
    assertThat(registry.parseText("integer[]", "{{1,NULL},{3,4}}"))
        .isEqualTo(List.of(Arrays.asList(1, null), List.of(3, 4)));
    assertThat(registry.formatText("text[]", Arrays.asList("a b", null, "NULL", "")))
        .isEqualTo("{\"a b\",NULL,\"NULL\",\"\"}");
    assertThat(
            registry.formatText(
                "app.address", new Address("1 Main St, \"A\"", null, List.of(), Mood.HAPPY)))
        .isEqualTo("(\"1 Main St, \"\"A\"\"\",,{},happy)");
    assertThat(registry.parseText("app.address", "(\"1 Main St, \"\"A\"\"\",,{},happy)"))
        .isEqualTo(new Address("1 Main St, \"A\"", null, List.of(), Mood.HAPPY));
    assertThat(registry.formatText("hstore", mapWithNull())).isEqualTo("\"a\"=>\"1\", \"b\"=>NULL");
    assertThat(registry.parseText("hstore", "\"a\"=>\"1\", \"b\"=>NULL")).isEqualTo(mapWithNull());
    assertThat(registry.formatText("date", LocalDate.of(-43, 3, 15))).isEqualTo("0044-03-15 BC");
    assertThat(
            registry.formatText(
                "timestamptz",
                OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 1000, ZoneOffset.ofHoursMinutes(5, 45))))
        .isEqualTo("2024-01-01 00:00:00.000001000+05:45");
    assertThat(registry.formatText("time", java.time.LocalTime.MAX)).isEqualTo("24:00:00");
    assertThatThrownBy(() -> registry.formatText("integer", "x"))
        .isInstanceOf(TypeMappingException.class)
        .hasMessage(
            "Cannot write a java.lang.String as integer: expected Integer, got java.lang.String."
                + " Hint: pass a Integer (see docs/types.md).");
  }

  @Test
  void bindValueWrapsWhatTheJavaClassDoesNotSay() {
    assertThat(registry.bindValue("integer", 5)).isEqualTo(5);
    assertThat(registry.bindValue("money", PgMoney.of("1"))).isEqualTo(PgMoney.of("1"));
    assertThat(registry.bindValue("xml", "<a/>")).isEqualTo(TypedValue.of("xml", "<a/>"));
    assertThat(registry.bindValue("citext", "A")).isEqualTo(TypedValue.of("citext", "A"));
    assertThat(registry.bindValue("integer[]", List.of()))
        .isEqualTo(TypedValue.of("integer[]", List.of()));
    assertThat(registry.bindValue("bigint", 5)).isEqualTo(TypedValue.of("bigint", 5));
    assertThat(registry.bindValue("int4range", PgRange.empty()))
        .isEqualTo(TypedValue.of("int4range", PgRange.empty()));
    assertThat(registry.bindValue("int4range", PgRange.closedOpen(1, 2)))
        .isEqualTo(PgRange.closedOpen(1, 2));
    assertThat(registry.bindValue("App.Mood", null)).isEqualTo(TypedValue.of("app.mood", null));
  }
}
