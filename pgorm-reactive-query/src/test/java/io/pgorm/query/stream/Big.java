package io.pgorm.query.stream;

import io.pgorm.query.meta.ColumnMeta;
import io.pgorm.query.meta.TableMeta;
import io.pgorm.query.meta.TableName;
import java.util.List;

/** A table of 1 kB rows. */
record Big(Long id, String payload) {

  static final TableName NAME = new TableName("public", "big");
  static final ColumnMeta<Big, Long> ID =
      new ColumnMeta<>(NAME, "id", "id", "bigint", Long.class, false, false, false);
  static final ColumnMeta<Big, String> PAYLOAD =
      new ColumnMeta<>(NAME, "payload", "payload", "text", String.class, false, false, false);
  static final TableMeta<Big> TABLE =
      new TableMeta<>(NAME, Big.class, List.of(ID, PAYLOAD), List.of(ID), false);

  static final String CREATE = "CREATE TABLE big (id bigint PRIMARY KEY, payload text NOT NULL)";
  static final String FILL =
      "INSERT INTO big SELECT g, repeat(md5(g::text), 32) FROM generate_series(1, $1) g";
}
