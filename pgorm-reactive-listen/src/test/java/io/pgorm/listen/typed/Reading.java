package io.pgorm.listen.typed;

import com.fasterxml.jackson.databind.JsonNode;
import io.pgorm.types.PgMoney;
import io.pgorm.types.PgRange;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A row of {@code app.reading}: one column of each kind of type a change must carry. */
public record Reading(
    @Nullable Long id,
    @Nullable BigDecimal amount,
    @Nullable OffsetDateTime takenAt,
    byte @Nullable [] data,
    @Nullable Mood mood,
    @Nullable List<Mood> moods,
    @Nullable List<String> tags,
    @Nullable JsonNode doc,
    @Nullable PgRange<Integer> span,
    @Nullable PgMoney price) {

  /** The same values with another amount (what an update writes). */
  public Reading withAmount(BigDecimal value) {
    return new Reading(id, value, takenAt, data, mood, moods, tags, doc, span, price);
  }
}
