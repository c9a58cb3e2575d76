package io.pgorm.internal.types;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.pgorm.types.PgInfinity;
import io.pgorm.types.PgNumeric;
import io.pgorm.types.TypeMappingException;
import io.r2dbc.postgresql.client.EncodedParameter;
import io.r2dbc.postgresql.codec.Codec;
import io.r2dbc.postgresql.codec.CodecMetadata;
import io.r2dbc.postgresql.codec.PostgresTypeIdentifier;
import io.r2dbc.postgresql.message.Format;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The driver codec for one Java class: reads the column types that our registry maps to it (when
 * the caller asks for that class) and binds values of it with the right OID as text. Implements
 * {@link CodecMetadata} because the driver's codec cache is filled from that metadata and would
 * otherwise keep handing the driver's own codec for {@code LocalDate} or {@code BigDecimal}.
 */
final class ClassCodec implements Codec<Object>, CodecMetadata {

  private final Class<?> type;
  private final ConnectionTypes types;
  private final ByteBufAllocator alloc;
  private final Set<Integer> oids;

  ClassCodec(Class<?> type, ConnectionTypes types, ByteBufAllocator alloc, Set<Integer> oids) {
    this.type = type;
    this.types = types;
    this.alloc = alloc;
    this.oids = Set.copyOf(oids);
  }

  @Override
  public boolean canDecode(int dataType, Format format, Class<?> requested) {
    return format == Format.FORMAT_TEXT
        && requested != Object.class
        && requested.isAssignableFrom(type)
        && oids.contains(dataType);
  }

  @Override
  public boolean canEncode(Object value) {
    return type.isInstance(value);
  }

  @Override
  public boolean canEncodeNull(Class<?> requested) {
    return requested == type;
  }

  @Override
  public @Nullable Object decode(
      @Nullable ByteBuf buffer, int dataType, Format format, Class<?> requested) {
    if (buffer == null) {
      return null;
    }
    return convert(Wire.parse(types, buffer, dataType), dataType);
  }

  private Object convert(Object value, int oid) {
    if (type.isInstance(value)) {
      return value;
    }
    if (type == PgNumeric.class && value instanceof BigDecimal d) {
      return PgNumeric.of(d);
    }
    if (type == Instant.class && value instanceof OffsetDateTime t) {
      int inf = PgInfinity.signum(t);
      return inf > 0
          ? PgInfinity.INSTANT_POSITIVE
          : inf < 0 ? PgInfinity.INSTANT_NEGATIVE : t.toInstant();
    }
    if (type == BigDecimal.class && value instanceof PgNumeric n) {
      throw new TypeMappingException(
          "numeric",
          "Cannot read numeric " + n + " as BigDecimal",
          "BigDecimal has no NaN or infinity",
          "read the column as PgNumeric (or Object) where it may hold them",
          null);
    }
    throw new TypeMappingException(
        "OID " + oid,
        "Cannot read a value of OID " + oid + " as " + type.getName(),
        "it reads as " + value.getClass().getName(),
        null,
        null);
  }

  @Override
  public EncodedParameter encode(Object value) {
    return Wire.encode(alloc, types.bind(value));
  }

  @Override
  public EncodedParameter encode(Object value, int dataType) {
    return Wire.encode(alloc, new ConnectionTypes.Binding(dataType, types.bind(value).text()));
  }

  @Override
  public EncodedParameter encodeNull() {
    return Wire.encode(alloc, new ConnectionTypes.Binding(types.nullOid(type), null));
  }

  @Override
  public Class<?> type() {
    return type;
  }

  @Override
  public Iterable<? extends PostgresTypeIdentifier> getDataTypes() {
    List<PostgresTypeIdentifier> ids = new ArrayList<>(oids.size());
    for (int oid : oids) {
      ids.add(() -> oid);
    }
    return ids;
  }

  @Override
  public Iterable<Format> getFormats() {
    return List.of(Format.FORMAT_TEXT);
  }

  @Override
  public String toString() {
    return "pgorm ClassCodec[" + type.getSimpleName() + "]";
  }
}
