package io.pgorm.types;

import static io.pgorm.types.TypeCase.normalized;
import static io.pgorm.types.TypeCase.of;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/** Text-like types, bytea, boolean, uuid, JSON, hstore, the reg* types. */
final class TextCases {

  private TextCases() {}

  static Stream<TypeCase> cases() {
    Map<String, String> hstore = new LinkedHashMap<>();
    hstore.put("a", "1");
    hstore.put("b", null);
    hstore.put("c d", "e\"f\\g");
    hstore.put("NULL", "NULL");
    return Stream.of(
        of("text", ""),
        of("text", "héllo \"quoted\" \\ back, {brace} (paren) 'single'\nline 2\t😀"),
        of("text", "NULL"),
        of("varchar(5)", "abcde"),
        of("character varying", "x".repeat(10_000)),
        normalized("char(5)", "ab", "ab   "),
        of("character(1)", "x"),
        of("name", "pg_class"),
        of("citext", "MixedCase"),
        of("ltree", "top.science.astronomy"),
        of("xml", "<a b=\"c\">x &amp; y</a>"),
        normalized("jsonpath", "$.a[*] ? (@ > 1)", "$.\"a\"[*]?(@ > 1)"),
        of("bytea", new byte[] {0, 1, (byte) 0xff, '\\', '"'}),
        of("bytea", new byte[0]),
        of("boolean", true),
        of("bool", false),
        of("uuid", UUID.fromString("123e4567-e89b-12d3-a456-426614174000")),
        of("jsonb", json("{\"b\": [1, 2.50, null, true], \"a\": {\"x\": \"y\"}}")),
        of("jsonb", json("12345678901234567890.12345678901234567890")).label("big number"),
        of("jsonb", json("\"just a string\"")),
        of("jsonb", NullNode.getInstance()).label("JSON null"),
        of("json", json("{\"b\": 1, \"a\": [2.50]}")),
        of("hstore", hstore),
        of("hstore", Map.of()),
        of("oid", 12345L),
        of("regclass", "pg_class"),
        of("regtype", "integer"),
        of("regproc", "now"),
        of("regprocedure", "abs(integer)"),
        of("regoperator", "+(integer,integer)"),
        of("regnamespace", "pg_catalog"),
        of("regrole", "pg_database_owner"),
        of("regconfig", "english"),
        of("regdictionary", "simple"),
        of("regcollation", "\"C\""),
        TypeCase.ofNull("text"),
        TypeCase.ofNull("xml"),
        TypeCase.ofNull("jsonb"),
        TypeCase.ofNull("hstore"),
        TypeCase.ofNull("bytea"));
  }

  static JsonNode json(String text) {
    try {
      return TypeFixtures.registry().objectMapper().readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(text, e);
    }
  }
}
