package io.pgorm.internal.types;

import io.netty.buffer.ByteBuf;
import io.r2dbc.postgresql.client.EncodedParameter;
import io.r2dbc.postgresql.codec.Codec;
import io.r2dbc.postgresql.codec.CodecMetadata;
import io.r2dbc.postgresql.codec.PostgresTypeIdentifier;
import io.r2dbc.postgresql.message.Format;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads, as {@code Object}, the column types the driver has no codec for or a wrong one (money,
 * ranges, inet with its prefix, numeric NaN, ±infinity, user types, and arrays of those). Encodes
 * nothing.
 *
 * <p>The driver's numeric and temporal codecs claim {@code Object} reads of their types through a
 * package-private preference that no outside codec can take part in. The driver's codec cache is
 * consulted before that preference, though, and is filled from {@link CodecMetadata} in list order:
 * so this decoder describes itself as the {@code Object} codec of every type it reads.
 */
final class ObjectDecoder implements Codec<Object>, CodecMetadata {

  private final ConnectionTypes types;

  ObjectDecoder(ConnectionTypes types) {
    this.types = types;
  }

  @Override
  public boolean canDecode(int dataType, Format format, Class<?> requested) {
    if (format != Format.FORMAT_TEXT || requested != Object.class) {
      return false;
    }
    TypeEntry base = types.base(dataType);
    if (base != null) {
      return base.claimsObject();
    }
    TypeEntry element = types.arrayElement(dataType);
    return element != null && element.claimsObject();
  }

  @Override
  public Class<?> type() {
    return Object.class;
  }

  @Override
  public Iterable<? extends PostgresTypeIdentifier> getDataTypes() {
    List<PostgresTypeIdentifier> ids = new ArrayList<>();
    for (TypeEntry e : types.entries()) {
      int oid = types.oid(e);
      int arrayOid = types.arrayOid(e);
      if (e.claimsObject() && oid != 0) {
        ids.add(() -> oid);
      }
      if (e.claimsObject() && arrayOid != 0) {
        ids.add(() -> arrayOid);
      }
    }
    return ids;
  }

  @Override
  public Iterable<Format> getFormats() {
    return List.of(Format.FORMAT_TEXT);
  }

  @Override
  public boolean canEncode(Object value) {
    return false;
  }

  @Override
  public boolean canEncodeNull(Class<?> type) {
    return false;
  }

  @Override
  public @Nullable Object decode(
      @Nullable ByteBuf buffer, int dataType, Format format, Class<?> type) {
    return buffer == null ? null : Wire.parse(types, buffer, dataType);
  }

  @Override
  public EncodedParameter encode(Object value) {
    throw new UnsupportedOperationException("decodes only");
  }

  @Override
  public EncodedParameter encode(Object value, int dataType) {
    throw new UnsupportedOperationException("decodes only");
  }

  @Override
  public EncodedParameter encodeNull() {
    throw new UnsupportedOperationException("decodes only");
  }
}
