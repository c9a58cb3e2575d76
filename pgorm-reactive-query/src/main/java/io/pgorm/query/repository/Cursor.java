package io.pgorm.query.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A position in a keyset-paginated result: the sort key values of the last row seen, as text.
 * {@link #token()} is an opaque string to hand to a client (a URL-safe base64 of the keys); {@link
 * #parse} reads it back. A token is data, never SQL: its keys are converted to the sort columns'
 * types and bound as parameters, and one that does not fit is refused.
 *
 * @param keys the sort key values of the last row, in sort order, as text ({@code null} for NULL)
 */
public record Cursor(List<@Nullable String> keys) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Copies the list. */
  public Cursor {
    keys = Collections.unmodifiableList(new ArrayList<>(keys));
  }

  /** The opaque token. */
  public String token() {
    ArrayNode array = JSON.createArrayNode();
    keys.forEach(array::add);
    byte[] bytes = array.toString().getBytes(StandardCharsets.UTF_8);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /**
   * Reads a token made by {@link #token()}.
   *
   * @throws IllegalArgumentException when it is not one
   */
  public static Cursor parse(String token) {
    Objects.requireNonNull(token, "token");
    try {
      JsonNode node =
          JSON.readTree(new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8));
      if (!node.isArray()) {
        throw new IllegalArgumentException("not a cursor token: " + token);
      }
      List<@Nullable String> keys = new ArrayList<>();
      for (JsonNode k : node) {
        if (!k.isNull() && !k.isTextual()) {
          throw new IllegalArgumentException("not a cursor token: " + token);
        }
        keys.add(k.isNull() ? null : k.asText());
      }
      return new Cursor(keys);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "not a cursor token: \""
              + token
              + "\". Hint: pass back the token of CursorPage.next() unchanged",
          e);
    }
  }

  @Override
  public String toString() {
    return "Cursor" + keys;
  }
}
