package io.pgorm.bench.query;

import io.pgorm.query.meta.Cardinality;
import io.pgorm.query.meta.ColumnMeta;
import io.pgorm.query.meta.RelationMeta;
import io.pgorm.query.meta.TableMeta;
import io.pgorm.query.meta.TableName;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The benchmark's tables, written the way pgorm-reactive-codegen generates metamodels. */
final class Model {

  private Model() {}

  record Account(Long id, String email, String name, Integer score, OffsetDateTime createdAt) {}

  record Post(Long id, Long accountId, String title, String body) {}

  record Event(
      @Nullable Long id, Long accountId, String kind, BigDecimal amount, OffsetDateTime at) {}

  static final TableName ACCOUNT = new TableName("pgorm_bench", "account");
  static final ColumnMeta<Account, Long> ACCOUNT_ID =
      new ColumnMeta<>(ACCOUNT, "id", "id", "bigint", Long.class, false, false, false);
  static final ColumnMeta<Account, String> EMAIL =
      new ColumnMeta<>(ACCOUNT, "email", "email", "text", String.class, false, false, false);
  static final ColumnMeta<Account, String> NAME =
      new ColumnMeta<>(ACCOUNT, "name", "name", "text", String.class, false, false, false);
  static final ColumnMeta<Account, Integer> SCORE =
      new ColumnMeta<>(ACCOUNT, "score", "score", "integer", Integer.class, false, false, false);
  static final ColumnMeta<Account, OffsetDateTime> CREATED_AT =
      new ColumnMeta<>(
          ACCOUNT,
          "created_at",
          "createdAt",
          "timestamptz",
          OffsetDateTime.class,
          false,
          true,
          false);
  static final TableMeta<Account> ACCOUNTS =
      new TableMeta<>(
          ACCOUNT,
          Account.class,
          List.of(ACCOUNT_ID, EMAIL, NAME, SCORE, CREATED_AT),
          List.of(ACCOUNT_ID),
          false);

  static final TableName POST = new TableName("pgorm_bench", "post");
  static final ColumnMeta<Post, Long> POST_ID =
      new ColumnMeta<>(POST, "id", "id", "bigint", Long.class, false, true, false);
  static final ColumnMeta<Post, Long> POST_ACCOUNT =
      new ColumnMeta<>(POST, "account_id", "accountId", "bigint", Long.class, false, false, false);
  static final ColumnMeta<Post, String> TITLE =
      new ColumnMeta<>(POST, "title", "title", "text", String.class, false, false, false);
  static final ColumnMeta<Post, String> BODY =
      new ColumnMeta<>(POST, "body", "body", "text", String.class, false, false, false);
  static final TableMeta<Post> POSTS =
      new TableMeta<>(
          POST, Post.class, List.of(POST_ID, POST_ACCOUNT, TITLE, BODY), List.of(POST_ID), false);

  static final TableName EVENT = new TableName("pgorm_bench", "event");
  static final ColumnMeta<Event, Long> EVENT_ID =
      new ColumnMeta<>(EVENT, "id", "id", "bigint", Long.class, false, true, false);
  static final ColumnMeta<Event, Long> EVENT_ACCOUNT =
      new ColumnMeta<>(EVENT, "account_id", "accountId", "bigint", Long.class, false, false, false);
  static final ColumnMeta<Event, String> KIND =
      new ColumnMeta<>(EVENT, "kind", "kind", "text", String.class, false, false, false);
  static final ColumnMeta<Event, BigDecimal> AMOUNT =
      new ColumnMeta<>(EVENT, "amount", "amount", "numeric", BigDecimal.class, false, false, false);
  static final ColumnMeta<Event, OffsetDateTime> AT =
      new ColumnMeta<>(EVENT, "at", "at", "timestamptz", OffsetDateTime.class, false, false, false);
  static final TableMeta<Event> EVENTS =
      new TableMeta<>(
          EVENT,
          Event.class,
          List.of(EVENT_ID, EVENT_ACCOUNT, KIND, AMOUNT, AT),
          List.of(EVENT_ID),
          false);

  static final RelationMeta<Account, Post> ACCOUNT_POSTS =
      new RelationMeta<>(
          "posts",
          Cardinality.ONE_TO_MANY,
          ACCOUNTS,
          POSTS,
          List.of(ACCOUNT_ID),
          List.of(POST_ACCOUNT),
          null);

  static final int ACCOUNT_ROWS = 10_000;

  static final List<String> SCHEMA =
      List.of(
          "DROP SCHEMA IF EXISTS pgorm_bench CASCADE",
          "CREATE SCHEMA pgorm_bench",
          "CREATE TABLE pgorm_bench.account (id bigint PRIMARY KEY, email text NOT NULL,"
              + " name text NOT NULL, score integer NOT NULL,"
              + " created_at timestamptz NOT NULL DEFAULT now())",
          "CREATE INDEX ON pgorm_bench.account (score, id)",
          "INSERT INTO pgorm_bench.account SELECT g, 'user' || g || '@example.com', 'User ' || g,"
              + " (g * 7919) % 1000, now() FROM generate_series(1, 10000) g",
          "CREATE TABLE pgorm_bench.post (id bigserial PRIMARY KEY,"
              + " account_id bigint NOT NULL REFERENCES pgorm_bench.account,"
              + " title text NOT NULL, body text NOT NULL)",
          "CREATE INDEX ON pgorm_bench.post (account_id)",
          "INSERT INTO pgorm_bench.post (account_id, title, body) SELECT (g % 10000) + 1,"
              + " 'title ' || g, repeat('x', 200) FROM generate_series(1, 50000) g",
          "CREATE TABLE pgorm_bench.event (id bigserial PRIMARY KEY, account_id bigint NOT NULL,"
              + " kind text NOT NULL, amount numeric NOT NULL, at timestamptz NOT NULL)",
          "ANALYZE pgorm_bench.account",
          "ANALYZE pgorm_bench.post");
}
