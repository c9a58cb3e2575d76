package io.pgorm.internal.types;

import io.netty.buffer.ByteBufAllocator;
import io.pgorm.types.TypedValue;
import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.postgresql.codec.CodecRegistry;
import io.r2dbc.postgresql.extension.CodecRegistrar;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * Registers the registry's codecs on a new connection, ahead of the driver's. One round trip looks
 * up the OIDs of extension and user types by name ({@code to_regtype}, so user types by their
 * schema-qualified name; extension types also outside the search path) and the server's money
 * format.
 */
final class TypeCodecRegistrar implements CodecRegistrar {

  private static final String LOOKUP =
      "SELECT u.name, coalesce(t.oid, 0)::int8 AS oid, coalesce(t.typarray, 0)::int8 AS typarray,"
          + " scale(1::money::numeric) AS money_digits, (1.5::money)::text AS money_sample"
          + " FROM unnest($1::text[]) WITH ORDINALITY AS u(name, i)"
          + " LEFT JOIN pg_type t ON t.oid = coalesce(to_regtype(u.name),"
          + " (SELECT p.oid FROM pg_type p JOIN pg_depend d ON d.objid = p.oid"
          + " AND d.classid = 'pg_type'::regclass AND d.deptype = 'e'"
          + " WHERE p.typname = u.name LIMIT 1))"
          + " ORDER BY u.i";

  private final DefaultTypeRegistry registry;

  TypeCodecRegistrar(DefaultTypeRegistry registry) {
    this.registry = registry;
  }

  /** Cold: subscribing runs the look-up on {@code connection}, then registers the codecs. */
  @Override
  public Publisher<Void> register(
      PostgresqlConnection connection, ByteBufAllocator allocator, CodecRegistry codecs) {
    String[] names =
        registry.entries().stream()
            .filter(e -> e.type().isResolvedPerConnection())
            .map(TypeEntry::name)
            .toArray(String[]::new);
    return Mono.defer(
            () ->
                connection
                    .createStatement(LOOKUP)
                    .bind("$1", names)
                    .execute()
                    .flatMap(
                        r ->
                            r.map(
                                (row, meta) ->
                                    new Row(
                                        row.get("name", String.class),
                                        row.get("oid", Long.class),
                                        row.get("typarray", Long.class),
                                        row.get("money_digits", Integer.class),
                                        row.get("money_sample", String.class))))
                    .collectList())
        .doOnNext(rows -> install(rows, allocator, codecs))
        .then();
  }

  private record Row(
      String name, Long oid, Long typarray, Integer moneyDigits, String moneySample) {}

  private void install(List<Row> rows, ByteBufAllocator alloc, CodecRegistry codecs) {
    Map<String, int[]> dynamic = new HashMap<>();
    int digits = 2;
    char mark = '.';
    for (Row r : rows) {
      dynamic.put(r.name(), new int[] {r.oid().intValue(), r.typarray().intValue()});
      digits = r.moneyDigits();
      mark = decimalMark(r.moneySample(), digits);
    }
    SessionFormat session = new SessionFormat(digits, mark, registry.objectMapper());
    ConnectionTypes types = new ConnectionTypes(registry, session, dynamic);
    Map<Class<?>, Set<Integer>> byClass = new LinkedHashMap<>();
    byClass.put(TypedValue.class, new LinkedHashSet<>());
    byClass.put(List.class, new LinkedHashSet<>());
    for (TypeEntry e : types.entries()) {
      int oid = types.oid(e);
      // A class whose type is missing still gets its codec: binding then says what is missing.
      for (Class<?> c : e.nativeClasses()) {
        Set<Integer> oids = byClass.computeIfAbsent(c, k -> new LinkedHashSet<>());
        if (oid != 0) {
          oids.add(oid);
        }
      }
      if (types.arrayOid(e) != 0) {
        byClass.get(List.class).add(types.arrayOid(e));
      }
    }
    codecs.addFirst(new ObjectDecoder(types));
    codecs.addFirst(new JsonValueDecoder(types));
    byClass.forEach((c, oids) -> codecs.addFirst(new ClassCodec(c, types, alloc, oids)));
  }

  /** The character before the fraction digits of {@code 1.5::money} in the server's locale. */
  static char decimalMark(String sample, int digits) {
    if (digits == 0) {
      return '.';
    }
    int end = sample.length();
    while (end > 0 && !Character.isDigit(sample.charAt(end - 1))) {
      end--;
    }
    int at = end - digits - 1;
    return at >= 0 && !Character.isDigit(sample.charAt(at)) ? sample.charAt(at) : '.';
  }
}
