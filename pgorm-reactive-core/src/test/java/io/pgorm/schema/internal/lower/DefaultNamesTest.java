package io.pgorm.schema.internal.lower;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgorm.schema.Schemas;
import io.pgorm.schema.ir.SchemaModel;
import io.pgorm.schema.ir.Table;
import io.pgorm.test.PgTest;
import io.pgorm.test.TestDatabase;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The names lowering gives unnamed constraints and indexes are the ones PostgreSQL gives them: the
 * same tables are created on a real server without names, and the names are read back.
 */
@PgTest
class DefaultNamesTest {

  private static final String LONG =
      "a_table_whose_name_is_long_enough_to_need_cutting_when_named_x";

  @Test
  void constraintAndIndexNamesMatchPostgres(TestDatabase db) {
    run(
        db.connectionFactory(),
        "CREATE TABLE account (id uuid PRIMARY KEY, email text UNIQUE, nick text,"
            + " age integer CHECK (age > 0), a integer, b integer, CHECK (a > b), UNIQUE (nick, email))",
        "CREATE INDEX ON account (email)",
        "CREATE INDEX ON account (lower(nick))",
        "CREATE INDEX ON account (a, b)",
        "CREATE TABLE post (id bigint PRIMARY KEY, author_id uuid REFERENCES account,"
            + " during int4range, EXCLUDE USING gist (during WITH &&))",
        "CREATE TABLE "
            + LONG
            + " (id bigint PRIMARY KEY,"
            + " a_column_with_a_rather_long_name_as_well_for_the_test integer UNIQUE)",
        "CREATE TABLE twice (x integer, UNIQUE (x))",
        "ALTER TABLE twice ADD UNIQUE (x)");
    List<String> fromServer =
        rows(
                db.connectionFactory(),
                "SELECT conname FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace"
                    + " WHERE n.nspname = 'public' UNION"
                    + " SELECT indexrelid::regclass::text FROM pg_index i"
                    + " JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace"
                    + " WHERE n.nspname = 'public'")
            .collectList()
            .block();
    SchemaModel model =
        Schemas.parse(
            "names.pgorm",
            String.join(
                "\n",
                "model account {",
                "  id    uuid     @id",
                "  email text?    @unique",
                "  nick  text?",
                "  age   integer? @check(age > 0)",
                "  a     integer?",
                "  b     integer?",
                "  @@check(a > b)",
                "  @@unique([nick, email])",
                "  @@index([email])",
                "  @@index([(lower(nick))])",
                "  @@index([a, b])",
                "}",
                "model post {",
                "  id        bigint @id",
                "  author_id uuid?  @references(account.id)",
                "  during    int4range?",
                "  @@exclude([during with &&])",
                "}",
                "model " + LONG + " {",
                "  id bigint @id",
                "  a_column_with_a_rather_long_name_as_well_for_the_test integer? @unique",
                "}",
                "model twice {",
                "  x integer?",
                "  @@unique([x])",
                "  @@unique([x])",
                "}"));
    assertThat(new TreeSet<>(names(model))).isEqualTo(new TreeSet<>(fromServer));
  }

  private static List<String> names(SchemaModel model) {
    List<String> out = new ArrayList<>();
    for (Table t : model.tables()) {
      if (t.primaryKey() != null) {
        out.add(t.primaryKey().name());
      }
      t.uniques().forEach(u -> out.add(u.name()));
      t.checks().forEach(c -> out.add(c.name()));
      t.foreignKeys().forEach(f -> out.add(f.name()));
      t.exclusions().forEach(x -> out.add(x.name()));
      t.indexes().forEach(i -> out.add(i.name()));
    }
    return out;
  }

  private static void run(ConnectionFactory factory, String... statements) {
    Mono.usingWhen(
            Mono.from(factory.create()),
            c ->
                Flux.fromArray(statements)
                    .concatMap(sql -> Flux.from(c.createStatement(sql).execute()))
                    .concatMap(r -> r.getRowsUpdated())
                    .then(),
            Connection::close)
        .block();
  }

  private static Flux<String> rows(ConnectionFactory factory, String sql) {
    return Flux.usingWhen(
        Mono.from(factory.create()),
        c ->
            Flux.from(c.createStatement(sql).execute())
                .concatMap(r -> r.map((row, meta) -> String.valueOf(row.get(0)))),
        Connection::close);
  }
}
