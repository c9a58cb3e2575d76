package io.pgorm.internal.types;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.netty.buffer.ByteBuf;
import io.pgorm.types.TypeMappingException;
import io.r2dbc.postgresql.client.EncodedParameter;
import io.r2dbc.postgresql.codec.Codec;
import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.postgresql.message.Format;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@code json}/{@code jsonb} columns as a user class through the registry's Jackson mapper:
 * {@code row.get("profile", Profile.class)}. Leaves the classes the driver reads JSON as (String,
 * byte[], its {@code Json}, ...) and {@code JsonNode} to their codecs. Encodes nothing: bind {@code
 * TypedValue.of("jsonb", profile)}.
 */
final class JsonValueDecoder implements Codec<Object> {

  private static final int JSON = 114;
  private static final int JSONB = 3802;
  private static final Set<Class<?>> DRIVER_CLASSES =
      Set.of(
          Object.class,
          String.class,
          byte[].class,
          ByteBuffer.class,
          InputStream.class,
          Json.class);

  private final ConnectionTypes types;

  JsonValueDecoder(ConnectionTypes types) {
    this.types = types;
  }

  @Override
  public boolean canDecode(int dataType, Format format, Class<?> type) {
    return (dataType == JSON || dataType == JSONB)
        && format == Format.FORMAT_TEXT
        && !DRIVER_CLASSES.contains(type)
        && !JsonNode.class.isAssignableFrom(type)
        && !io.netty.buffer.ByteBuf.class.isAssignableFrom(type);
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
    if (buffer == null) {
      return null;
    }
    String text = Wire.text(buffer);
    try {
      return types.session().mapper().readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new TypeMappingException(
          dataType == JSON ? "json" : "jsonb",
          "Cannot read a JSON document as " + type.getName(),
          String.valueOf(e.getOriginalMessage()),
          "read it as JsonNode to see the document, or fix the class's Jackson mapping",
          e);
    }
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
