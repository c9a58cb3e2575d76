package io.pgorm.types;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.pgorm.PgOrm;
import io.pgorm.PgOrmConfig;
import io.pgorm.SslMode;
import io.pgorm.test.TestDatabase;
import io.r2dbc.spi.Connection;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Runs {@link TypeCase}s against a real server: INSERT the bound value into a column of the type,
 * SELECT the column (read natively as the case's class) and its {@code to_jsonb} form, and check
 * both against the expected value. One table per type.
 */
final class RoundTrip {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  /** What came back: the column read natively, and the registry's decoding of its JSON form. */
  record Read(
      @Nullable Object nativeValue,
      @Nullable Object canonical,
      @Nullable Object jsonValue,
      @Nullable String json) {}

  private final PgOrm db;
  private final TypeRegistry registry;
  private final Set<String> tables = new HashSet<>();

  private RoundTrip(PgOrm db, TypeRegistry registry) {
    this.db = db;
    this.registry = registry;
  }

  /** Creates the fixtures' schema (as the superuser, before any pooled connection opens). */
  static RoundTrip open(TestDatabase database, TypeRegistry registry, String... options) {
    run(database, TypeFixtures.DDL);
    return reopen(database, registry, options);
  }

  /** Another client on a database whose schema {@link #open} created. */
  static RoundTrip reopen(TestDatabase database, TypeRegistry registry, String... options) {
    PgOrmConfig.Builder b =
        PgOrmConfig.builder()
            .url(database.url())
            .sslMode(SslMode.DISABLE)
            .applicationName("pgorm-types-test")
            .typeRegistry(registry);
    for (int i = 0; i + 1 < options.length; i += 2) {
      b.serverParameter(options[i], options[i + 1]);
    }
    return new RoundTrip(PgOrm.create(b.build()), registry);
  }

  static void run(TestDatabase database, String sql) {
    Flux.usingWhen(
            database.connectionFactory().create(),
            (Connection c) ->
                Flux.from(c.createStatement(sql).execute()).flatMap(r -> r.getRowsUpdated()),
            Connection::close)
        .then()
        .block(TIMEOUT);
  }

  PgOrm client() {
    return db;
  }

  Read read(TypeCase c) {
    String table = table(c.type());
    Integer id =
        db.sql("INSERT INTO " + table + " (v) VALUES ($1) RETURNING id")
            .bind(0, registry.bindValue(c.type(), c.value()))
            .first((row, meta) -> row.get(0, Integer.class))
            .block(TIMEOUT);
    return db.sql("SELECT v, to_jsonb(v)::text FROM " + table + " WHERE id = $1")
        .bind(0, id)
        .first(
            (row, meta) -> {
              Object nativeValue = row.get(0, c.readAs());
              // What decodeJson promises to equal: the column read as the registry's Java type,
              // or as Object where a case reads it as another class (Instant, PgNumeric).
              Class<?> javaType = registry.type(c.type()).javaType();
              Object canonical = c.readAs() == javaType ? nativeValue : row.get(0, Object.class);
              String json = row.get(1, String.class);
              return new Read(
                  nativeValue, canonical, json == null ? null : decode(c.type(), json), json);
            })
        .block(TIMEOUT);
  }

  /** Round trip and check: native read equals expected, JSON form decodes to the native read. */
  void check(TypeCase c) {
    Read r = read(c);
    assertEqual(r.nativeValue(), c.expected(), "native read of " + c);
    if (c.expected() != null) {
      assertThat(r.nativeValue()).isInstanceOf(c.readAs());
    }
    assertEqual(r.jsonValue(), r.canonical(), "JSON form " + r.json() + " of " + c);
  }

  private @Nullable Object decode(String type, String json) {
    try {
      JsonNode node = registry.objectMapper().readTree(json);
      return registry.decodeJson(type, node);
    } catch (JsonProcessingException e) {
      throw new AssertionError("to_jsonb gave no JSON: " + json, e);
    }
  }

  private String table(String type) {
    String name =
        "t_" + type.replaceAll("[^A-Za-z0-9]+", "_") + "_" + Integer.toHexString(type.hashCode());
    if (tables.add(name)) {
      db.sql("CREATE TABLE " + name + " (id serial PRIMARY KEY, v " + type + ")")
          .execute()
          .block(TIMEOUT);
    }
    return name;
  }

  /** Equality that compares byte arrays by content, also inside lists. */
  static void assertEqual(@Nullable Object actual, @Nullable Object expected, String what) {
    if (actual instanceof List<?> a && expected instanceof List<?> e) {
      assertThat(a).as(what + " (size)").hasSameSizeAs(e);
      for (int i = 0; i < a.size(); i++) {
        assertEqual(a.get(i), e.get(i), what + " [" + i + "]");
      }
    } else if (actual instanceof byte[] a && expected instanceof byte[] e) {
      assertThat(Arrays.equals(a, e)).as(what).isTrue();
    } else {
      assertThat(actual).as(what).isEqualTo(expected);
    }
  }

  void close() {
    Mono.fromRunnable(db::close).block(TIMEOUT);
  }
}
