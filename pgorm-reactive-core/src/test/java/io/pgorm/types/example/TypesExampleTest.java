package io.pgorm.types.example;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.pgorm.PgOrm;
import io.pgorm.PgOrmConfig;
import io.pgorm.SslMode;
import io.pgorm.test.PgTest;
import io.pgorm.test.TestDatabase;
import io.pgorm.types.CompositeAttribute;
import io.pgorm.types.PgEnum;
import io.pgorm.types.PgInet;
import io.pgorm.types.PgMoney;
import io.pgorm.types.PgRange;
import io.pgorm.types.TypeRegistry;
import io.pgorm.types.TypedValue;
import io.r2dbc.spi.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

// tag::example[]
@PgTest
@Tag("smoke")
class TypesExampleTest {

  enum Mood implements PgEnum {
    HAPPY,
    SAD;

    @Override
    public String pgLabel() {
      return name().toLowerCase(Locale.ROOT); // the labels are 'happy' and 'sad'
    }
  }

  record Address(String street, String zip) {}

  static final String SCHEMA =
      """
      CREATE SCHEMA shop;
      CREATE TYPE shop.mood AS ENUM ('happy', 'sad');
      CREATE TYPE shop.address AS (street text, zip varchar(10));
      CREATE TABLE shop.customer (
        name text, mood shop.mood, home shop.address, balance money,
        stay daterange, ip inet, note xml)""";

  @Test
  void bindReadAndDecodeAChangeEvent(TestDatabase db) throws Exception {
    run(db, SCHEMA); // the types must exist before the client's connections open

    TypeRegistry types =
        TypeRegistry.builder()
            .enumType("shop.mood", Mood.class)
            .compositeType(
                "shop.address",
                Address.class,
                List.of(
                    CompositeAttribute.of("street", "text"),
                    CompositeAttribute.of("zip", "varchar(10)")))
            .build();
    PgOrmConfig config =
        PgOrmConfig.builder().url(db.url()).sslMode(SslMode.DISABLE).typeRegistry(types).build();

    try (PgOrm pg = PgOrm.create(config)) {
      pg.sql("INSERT INTO shop.customer VALUES ($1, $2, $3, $4, $5, $6, $7)")
          .bind(0, "Ann")
          .bind(1, Mood.HAPPY)
          .bind(2, new Address("1 Main St", "12345"))
          .bind(3, PgMoney.of("1234.50"))
          .bind(4, PgRange.closed(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 7)))
          .bind(5, PgInet.parse("192.168.1.5/24"))
          .bind(6, TypedValue.of("xml", "<vip/>")) // a bare String would be sent as varchar
          .execute()
          .block();

      List<Object> row =
          pg.sql("SELECT mood, home, balance, stay, ip, note FROM shop.customer")
              .first(
                  (r, meta) ->
                      List.of(
                          r.get("mood", Mood.class),
                          r.get("home", Address.class),
                          r.get("balance", PgMoney.class),
                          r.get("stay", PgRange.class),
                          r.get("ip", PgInet.class),
                          r.get("note", String.class)))
              .block();
      assertThat(row)
          .containsExactly(
              Mood.HAPPY,
              new Address("1 Main St", "12345"),
              PgMoney.of("1234.50"),
              PgRange.closedOpen(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 8)), // canonical
              PgInet.parse("192.168.1.5/24"),
              "<vip/>");

      // A change event carries the row as to_jsonb(row): money as "$1,234.50", the range and
      // the address as the server writes them. Each column decodes to what a query returns.
      String event =
          pg.sql("SELECT to_jsonb(c)::text FROM shop.customer c")
              .first((r, meta) -> r.get(0, String.class))
              .block();
      JsonNode json = types.objectMapper().readTree(event);
      assertThat(json.get("balance").asText()).isEqualTo("$1,234.50");
      assertThat(types.decodeJson("money", json.get("balance"))).isEqualTo(row.get(2));
      assertThat(types.decodeJson("daterange", json.get("stay"))).isEqualTo(row.get(3));
      assertThat(types.decodeJson("shop.address", json.get("home"))).isEqualTo(row.get(1));
      assertThat(types.decodeJson("shop.mood", json.get("mood"))).isEqualTo(Mood.HAPPY);
    }
  }

  // end::example[]

  private static void run(TestDatabase db, String sql) {
    Flux.usingWhen(
            db.connectionFactory().create(),
            (Connection c) ->
                Flux.from(c.createStatement(sql).execute()).flatMap(r -> r.getRowsUpdated()),
            Connection::close)
        .blockLast();
  }
}
