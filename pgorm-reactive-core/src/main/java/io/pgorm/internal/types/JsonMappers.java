package io.pgorm.internal.types;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import org.jspecify.annotations.Nullable;

/**
 * The registry's JSON mapper: a copy of the user's, set up so that no digit of a number is lost.
 */
final class JsonMappers {

  /** numeric holds up to 131072 digits before the point and 16383 after. */
  private static final int MAX_NUMBER_LENGTH = 150_000;

  private JsonMappers() {}

  static ObjectMapper exact(@Nullable ObjectMapper base) {
    ObjectMapper m = base == null ? new ObjectMapper() : base.copy();
    m.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    m.configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
    m.getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder().maxNumberLength(MAX_NUMBER_LENGTH).build());
    return m;
  }
}
