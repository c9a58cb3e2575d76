package io.pgorm.migrate.internal.introspect;

import io.pgorm.schema.ir.Column;
import io.pgorm.schema.ir.Identity;
import io.pgorm.schema.ir.TypeRef;
import java.util.Map;
import java.util.Set;

/** Columns: identity options from their sequence, serial columns recognised. */
final class Columns {

  private static final Set<String> SERIAL_TYPES = Set.of("smallint", "integer", "bigint");

  private Columns() {}

  /**
   * The column. A serial column (NOT NULL, {@code nextval} of the sequence it owns, which has the
   * column's type, its default name and default settings) gets {@code serial} and no default; its
   * sequence is added to {@code serialSequences} so that it is not listed on its own.
   */
  static Column of(
      ColumnRow row, String table, Map<Long, SequenceRow> sequences, Set<Long> serialSequences) {
    Long owned = row.ownedSequence();
    SequenceRow seq = owned == null ? null : sequences.get(owned);
    Identity identity = null;
    if (!row.identity().isEmpty() && seq != null) {
      identity =
          new Identity(row.identity().equals("a"), SequenceDefaults.options(seq, seq.type()));
    }
    boolean serial = seq != null && identity == null && isSerial(row, table, seq);
    if (serial) {
      serialSequences.add(seq.oid());
    }
    boolean generated = row.generated().equals("s");
    return new Column(
        row.name(),
        row.type(),
        !row.notNull(),
        serial || generated || identity != null ? null : row.expression(),
        identity,
        generated ? row.expression() : null,
        serial,
        row.collation(),
        row.comment(),
        null,
        null);
  }

  private static boolean isSerial(ColumnRow row, String table, SequenceRow seq) {
    TypeRef type = row.type();
    return row.nextvalOfOwned()
        && row.notNull()
        && type.schema() == null
        && !type.isArray()
        && SERIAL_TYPES.contains(type.name())
        && seq.type().equals(type.name())
        && seq.name().equals(ObjectNames.make(table, row.name(), "seq"))
        && SequenceDefaults.allDefault(SequenceDefaults.options(seq, seq.type()));
  }
}
