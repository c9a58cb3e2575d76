package io.pgorm.internal.types;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.pgorm.types.TypeMappingException;
import io.r2dbc.postgresql.client.EncodedParameter;
import io.r2dbc.postgresql.message.Format;
import io.r2dbc.postgresql.util.ByteBufUtils;
import reactor.core.publisher.Mono;

/** Reading column text and writing parameters for our driver codecs. */
final class Wire {

  private Wire() {}

  static String text(ByteBuf buffer) {
    return ByteBufUtils.decode(buffer);
  }

  static EncodedParameter encode(ByteBufAllocator alloc, ConnectionTypes.Binding b) {
    String text = b.text();
    if (text == null) {
      return new EncodedParameter(Format.FORMAT_TEXT, b.oid(), EncodedParameter.NULL_VALUE);
    }
    return new EncodedParameter(
        Format.FORMAT_TEXT, b.oid(), Mono.fromSupplier(() -> ByteBufUtils.encode(alloc, text)));
  }

  /** Parses a column value of the base type or array type with this OID. */
  static Object parse(ConnectionTypes types, ByteBuf buffer, int oid) {
    TypeEntry base = types.base(oid);
    TypeEntry element = base == null ? types.arrayElement(oid) : null;
    TextCodec codec =
        base != null ? base.codec() : element != null ? element.arrayCodec() : SimpleCodec.STRING;
    String name =
        base != null ? base.name() : element != null ? element.name() + "[]" : "OID " + oid;
    String text = text(buffer);
    try {
      return codec.parse(text, types.session());
    } catch (RuntimeException e) {
      throw new TypeMappingException(
          name, "Cannot read a value of type " + name, String.valueOf(e.getMessage()), null, e);
    }
  }
}
