package io.pgorm.bench.query;

import static io.pgorm.query.Dsl.insertInto;
import static io.pgorm.query.Dsl.selectFrom;

import io.pgorm.PgOrm;
import io.pgorm.bench.query.Model.Account;
import io.pgorm.bench.query.Model.Event;
import io.pgorm.bench.query.Model.Post;
import io.pgorm.query.QueryClient;
import io.pgorm.query.Select;
import io.pgorm.query.repository.BaseRepository;
import io.pgorm.query.repository.Include;
import io.pgorm.query.repository.Relations;
import io.r2dbc.spi.Row;
import io.r2dbc.spi.Statement;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The measured operations, each through the query layer and as the same SQL through the raw driver
 * on a connection of the same pool ({@code PgOrm#withConnection}). The raw side uses the SQL text
 * the query layer renders, so both send identical statements.
 */
final class Workloads {

  static final int PAGE = 20;
  static final int BATCH = 10_000;

  final PgOrm db;
  final QueryClient q;
  final BaseRepository<Account, Long> accounts;
  final BaseRepository<Event, Long> events;
  private final String findSql;
  private final String pageSql;
  private final String includeSql;
  private final String postsSql;
  private final String insertSql;
  private final List<Event> batch;

  Workloads(PgOrm db) {
    this.db = db;
    this.q = QueryClient.of(db);
    this.accounts = new BaseRepository<>(q, Model.ACCOUNTS, Model.ACCOUNT_ID);
    this.events = new BaseRepository<>(q, Model.EVENTS, Model.EVENT_ID);
    this.findSql = selectFrom(Model.ACCOUNTS).where(Model.ACCOUNT_ID.eq(0L)).toSql().sql();
    this.pageSql = page(0).toSql().sql();
    this.includeSql = parents(0).toSql().sql();
    this.postsSql =
        selectFrom(Model.POSTS)
            .where(Model.POST_ACCOUNT.in(List.of()))
            .orderBy(Model.POST_ID.asc())
            .toSql()
            .sql();
    this.batch = events();
    this.insertSql = insertInto(Model.EVENTS).rowsUnnested(batch).returning().toSql().sql();
  }

  private static long randomId() {
    return ThreadLocalRandom.current().nextLong(1, Model.ACCOUNT_ROWS + 1);
  }

  private static Select<Account> page(int minScore) {
    return selectFrom(Model.ACCOUNTS)
        .where(Model.SCORE.gt(minScore))
        .orderBy(Model.SCORE.asc(), Model.ACCOUNT_ID.asc())
        .limit(PAGE);
  }

  private static Select<Account> parents(long from) {
    return selectFrom(Model.ACCOUNTS)
        .where(Model.ACCOUNT_ID.ge(from))
        .orderBy(Model.ACCOUNT_ID.asc())
        .limit(PAGE);
  }

  private static List<Event> events() {
    List<Event> out = new ArrayList<>(BATCH);
    OffsetDateTime at = OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    for (int i = 0; i < BATCH; i++) {
      out.add(
          new Event(
              null,
              (long) (i % 1000) + 1,
              i % 2 == 0 ? "click" : "view",
              BigDecimal.valueOf(i, 2),
              at.plusSeconds(i)));
    }
    return out;
  }

  // ---- the query layer

  Mono<?> ormFindById() {
    return accounts.findById(randomId());
  }

  Mono<?> ormPage() {
    return q.fetch(page(ThreadLocalRandom.current().nextInt(0, 900))).collectList();
  }

  Mono<?> ormInclude() {
    long from = ThreadLocalRandom.current().nextLong(1, Model.ACCOUNT_ROWS - PAGE);
    return Relations.fetch(q, parents(from), Include.of(Model.ACCOUNT_POSTS)).collectList();
  }

  Mono<?> ormInsertAll() {
    return events.insertAll(batch).count();
  }

  Mono<?> ormCopy() {
    return events.copyIn(Flux.fromIterable(batch));
  }

  // ---- the raw driver

  private static Account account(Row row) {
    return new Account(
        row.get(0, Long.class),
        row.get(1, String.class),
        row.get(2, String.class),
        row.get(3, Integer.class),
        row.get(4, OffsetDateTime.class));
  }

  private static Post post(Row row) {
    return new Post(
        row.get(0, Long.class),
        row.get(1, Long.class),
        row.get(2, String.class),
        row.get(3, String.class));
  }

  Mono<?> rawFindById() {
    long id = randomId();
    return db.withConnection(
            c ->
                Flux.from(c.createStatement(findSql).bind(0, id).execute())
                    .concatMap(r -> r.map((row, meta) -> account(row))))
        .next();
  }

  Mono<?> rawPage() {
    int min = ThreadLocalRandom.current().nextInt(0, 900);
    return db.withConnection(
            c ->
                Flux.from(c.createStatement(pageSql).bind(0, min).bind(1, (long) PAGE).execute())
                    .concatMap(r -> r.map((row, meta) -> account(row))))
        .collectList();
  }

  Mono<?> rawInclude() {
    long from = ThreadLocalRandom.current().nextLong(1, Model.ACCOUNT_ROWS - PAGE);
    Mono<List<Account>> parents =
        db.withConnection(
                c ->
                    Flux.from(
                            c.createStatement(includeSql)
                                .bind(0, from)
                                .bind(1, (long) PAGE)
                                .execute())
                        .concatMap(r -> r.map((row, meta) -> account(row))))
            .collectList();
    return parents.flatMap(
        list -> {
          Long[] ids = list.stream().map(Account::id).toArray(Long[]::new);
          return db.withConnection(
                  c ->
                      Flux.from(c.createStatement(postsSql).bind(0, ids).execute())
                          .concatMap(r -> r.map((row, meta) -> post(row))))
              .collectList()
              .map(
                  posts -> {
                    Map<Long, List<Post>> byAccount = new HashMap<>();
                    for (Post p : posts) {
                      byAccount.computeIfAbsent(p.accountId(), k -> new ArrayList<>()).add(p);
                    }
                    Map<Account, List<Post>> out = new HashMap<>();
                    for (Account a : list) {
                      out.put(a, byAccount.getOrDefault(a.id(), List.of()));
                    }
                    return out;
                  });
        });
  }

  Mono<?> rawInsertAll() {
    Long[] accountIds = new Long[BATCH];
    String[] kinds = new String[BATCH];
    BigDecimal[] amounts = new BigDecimal[BATCH];
    OffsetDateTime[] ats = new OffsetDateTime[BATCH];
    for (int i = 0; i < BATCH; i++) {
      Event e = batch.get(i);
      accountIds[i] = e.accountId();
      kinds[i] = e.kind();
      amounts[i] = e.amount();
      ats[i] = e.at();
    }
    return db.withConnection(
            c ->
                Flux.from(
                        c.createStatement(insertSql)
                            .bind(0, accountIds)
                            .bind(1, kinds)
                            .bind(2, amounts)
                            .bind(3, ats)
                            .execute())
                    .concatMap(
                        r ->
                            r.map(
                                (row, meta) ->
                                    new Event(
                                        row.get(0, Long.class),
                                        row.get(1, Long.class),
                                        row.get(2, String.class),
                                        row.get(3, BigDecimal.class),
                                        row.get(4, OffsetDateTime.class)))))
        .count();
  }

  /** Row by row: the driver's binding batch, one Bind/Execute per row. */
  Mono<?> rawRowByRow() {
    return db.withConnection(
            c -> {
              Statement st =
                  c.createStatement(
                      "INSERT INTO pgorm_bench.event (account_id, kind, amount, at) VALUES ($1, $2, $3, $4)");
              for (int i = 0; i < BATCH; i++) {
                Event e = batch.get(i);
                st.bind(0, e.accountId()).bind(1, e.kind()).bind(2, e.amount()).bind(3, e.at());
                if (i < BATCH - 1) {
                  st.add();
                }
              }
              return Flux.from(st.execute()).concatMap(r -> r.getRowsUpdated());
            })
        .count();
  }

  Mono<Void> truncateEvents() {
    return db.sql("TRUNCATE pgorm_bench.event").execute().then();
  }
}
