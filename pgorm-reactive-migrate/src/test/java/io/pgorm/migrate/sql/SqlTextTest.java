package io.pgorm.migrate.sql;

import static io.pgorm.migrate.sql.SqlText.literal;
import static io.pgorm.migrate.sql.SqlText.quoteIdent;
import static io.pgorm.migrate.sql.SqlText.typeName;
import static org.assertj.core.api.Assertions.assertThat;

import io.pgorm.schema.ir.QualifiedName;
import io.pgorm.schema.ir.TypeRef;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlTextTest {

  @Test
  void identifiersAreQuotedOnlyWhereNeeded() {
    assertThat(quoteIdent("account")).isEqualTo("account");
    assertThat(quoteIdent("_x1")).isEqualTo("_x1");
    assertThat(quoteIdent("abort")).isEqualTo("abort"); // unreserved keyword
    assertThat(quoteIdent("Account")).isEqualTo("\"Account\"");
    assertThat(quoteIdent("1st")).isEqualTo("\"1st\"");
    assertThat(quoteIdent("order items")).isEqualTo("\"order items\"");
    assertThat(quoteIdent("select")).isEqualTo("\"select\"");
    assertThat(quoteIdent("integer")).isEqualTo("\"integer\""); // column-name keyword
    assertThat(quoteIdent("left")).isEqualTo("\"left\""); // type/function-name keyword
    assertThat(quoteIdent("größe")).isEqualTo("\"größe\""); // non-ASCII, as quote_ident does
    assertThat(quoteIdent("a\"b")).isEqualTo("\"a\"\"b\"");
    assertThat(quoteIdent("cost$")).isEqualTo("\"cost$\"");
    assertThat(quoteIdent("")).isEqualTo("\"\"");
  }

  @Test
  void qualifiedNamesQuoteEachPart() {
    assertThat(SqlText.qualified(QualifiedName.of("Straße", "user")))
        .isEqualTo("\"Straße\".\"user\"");
    assertThat(SqlText.dotted("ext.gist_trgm_ops")).isEqualTo("ext.gist_trgm_ops");
    assertThat(SqlText.dotted("C")).isEqualTo("\"C\"");
  }

  @Test
  void literalsDoubleTheirQuotes() {
    assertThat(literal("it's")).isEqualTo("'it''s'");
    assertThat(literal("back\\slash")).isEqualTo("'back\\slash'");
  }

  @Test
  void typesAreWrittenAsPostgreSqlReadsThem() {
    assertThat(typeName(TypeRef.builtin("varchar", "20"))).isEqualTo("varchar(20)");
    assertThat(typeName(TypeRef.builtin("numeric", "10", "2"))).isEqualTo("numeric(10,2)");
    assertThat(typeName(TypeRef.builtin("timestamptz", "3"))).isEqualTo("timestamptz(3)");
    assertThat(typeName(TypeRef.builtin("interval", "day to second", "3")))
        .isEqualTo("interval day to second(3)");
    assertThat(typeName(TypeRef.builtin("interval", "2"))).isEqualTo("interval(2)");
    assertThat(typeName(TypeRef.builtin("double precision").array()))
        .isEqualTo("double precision[]");
    assertThat(typeName(new TypeRef("app", "Mood", List.of(), 2))).isEqualTo("app.\"Mood\"[][]");
    assertThat(typeName(new TypeRef("public", "vector", List.of("1536"), 0)))
        .isEqualTo("public.vector(1536)");
  }
}
