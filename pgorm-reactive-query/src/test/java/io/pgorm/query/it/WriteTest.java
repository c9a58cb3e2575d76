package io.pgorm.query.it;

import static io.pgorm.query.Dsl.deleteFrom;
import static io.pgorm.query.Dsl.excluded;
import static io.pgorm.query.Dsl.insertInto;
import static io.pgorm.query.Dsl.select;
import static io.pgorm.query.Dsl.selectFrom;
import static io.pgorm.query.Dsl.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgorm.PgOrm;
import io.pgorm.error.UniqueViolationException;
import io.pgorm.query.Dsl;
import io.pgorm.query.Fetchable;
import io.pgorm.query.QueryClient;
import io.pgorm.query.Select;
import io.pgorm.query.expr.Functions;
import io.pgorm.query.fixture.Account;
import io.pgorm.query.fixture.AccountTable;
import io.pgorm.query.fixture.Label;
import io.pgorm.query.fixture.LabelTable;
import io.pgorm.query.fixture.PostTable;
import io.pgorm.query.fixture.Role;
import io.pgorm.query.fixture.Shop;
import io.pgorm.test.PgTest;
import io.pgorm.test.TestDatabase;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** INSERT, UPDATE, DELETE and upserts run on a real server. */
@PgTest
class WriteTest {

  private static PgOrm db;
  private static QueryClient q;

  @BeforeAll
  static void setUp(TestDatabase database) {
    db = Shop.client(database);
    Shop.create(db);
    q = QueryClient.of(db);
  }

  @AfterAll
  static void tearDown() {
    db.close();
  }

  @BeforeEach
  void empty() {
    db.sql("TRUNCATE account, post, label, post_label CASCADE").execute().block();
  }

  private static <T> List<T> list(Fetchable<T> query) {
    return Objects.requireNonNull(q.fetch(query).collectList().block(Duration.ofSeconds(10)));
  }

  private static long run(io.pgorm.query.Statement statement) {
    return Objects.requireNonNull(q.execute(statement).block(Duration.ofSeconds(10)));
  }

  @Test
  @Tag("smoke")
  void insertOneRowWithSetAndReadItBack() {
    Account inserted =
        q.fetchOne(
                insertInto(AccountTable.TABLE)
                    .set(AccountTable.EMAIL, "ada@example.com")
                    .set(AccountTable.ROLE, Role.ADMIN)
                    .returning())
            .block();
    assertThat(inserted).isNotNull();
    assertThat(inserted.id()).isNotNull();
    assertThat(inserted.role()).isEqualTo(Role.ADMIN);
    assertThat(inserted.version()).isZero();
  }

  @Test
  void insertRecordsUsesDefaultsForNullDefaultedColumns() {
    var insert =
        insertInto(AccountTable.TABLE)
            .rows(
                List.of(
                    new Account(null, "a@x", null, null, null, null),
                    new Account(null, "b@x", Role.GUEST, "bee", null, 5L)));
    assertThat(insert.toSql().sql())
        .isEqualTo(
            "INSERT INTO \"public\".\"account\" (\"email\", \"role\", \"nickname\", \"version\")"
                + " VALUES ($1, DEFAULT, $2, DEFAULT), ($3, $4::\"public\".\"role\", $5, $6)");
    List<Account> rows = list(insert.returning());
    assertThat(rows).extracting(Account::role).containsExactly(Role.MEMBER, Role.GUEST);
    assertThat(rows).extracting(Account::version).containsExactly(0L, 5L);
  }

  @Test
  void insertIntoAGeneratedAlwaysIdentityLeavesItOut() {
    List<Label> tags =
        list(
            insertInto(LabelTable.TABLE)
                .rows(List.of(new Label(null, "a"), new Label(null, "b")))
                .returning());
    assertThat(tags).extracting(Label::name).containsExactly("a", "b");
    assertThat(tags).allSatisfy(t -> assertThat(t.id()).isNotNull());
  }

  @Test
  void insertFromSelect() {
    run(insertInto(LabelTable.TABLE).set(LabelTable.NAME, "x"));
    long n =
        run(
            insertInto(LabelTable.TABLE)
                .fromSelect(
                    List.of(LabelTable.NAME),
                    select(Functions.concat(LabelTable.NAME, "-copy")).from(LabelTable.TABLE)));
    assertThat(n).isEqualTo(1);
    assertThat(list(select(LabelTable.NAME).from(LabelTable.TABLE).orderBy(LabelTable.NAME.asc())))
        .containsExactly("x", "x-copy");
  }

  @Test
  void upsertOnColumnsWithExcludedAndDoNothing() {
    run(
        insertInto(AccountTable.TABLE)
            .set(AccountTable.EMAIL, "ada@x")
            .set(AccountTable.NICKNAME, "old"));
    var upsert =
        insertInto(AccountTable.TABLE)
            .set(AccountTable.EMAIL, "ada@x")
            .set(AccountTable.NICKNAME, "new")
            .onConflict(List.of(AccountTable.EMAIL))
            .doUpdateSetExcluded(List.of(AccountTable.NICKNAME))
            .andSet(AccountTable.VERSION, Functions.add(AccountTable.VERSION, 1L));
    assertThat(upsert.toSql().sql())
        .isEqualTo(
            "INSERT INTO \"public\".\"account\" (\"email\", \"nickname\") VALUES ($1, $2) ON"
                + " CONFLICT (\"email\") DO UPDATE SET \"nickname\" = EXCLUDED.\"nickname\","
                + " \"version\" = \"account\".\"version\" + $3");
    Account after = q.fetchOne(upsert.returning()).block();
    assertThat(after.nickname()).isEqualTo("new");
    assertThat(after.version()).isEqualTo(1L);

    long ignored =
        run(
            insertInto(AccountTable.TABLE)
                .set(AccountTable.EMAIL, "ada@x")
                .onConflict(List.of(AccountTable.EMAIL))
                .doNothing());
    assertThat(ignored).isZero();
    assertThat(
            run(
                insertInto(AccountTable.TABLE)
                    .set(AccountTable.EMAIL, "ada@x")
                    .onConflictDoNothing()))
        .isZero();
  }

  @Test
  void upsertOnAConstraintWithAWhere() {
    run(
        insertInto(AccountTable.TABLE)
            .set(AccountTable.EMAIL, "ada@x")
            .set(AccountTable.ROLE, Role.ADMIN));
    var upsert =
        insertInto(AccountTable.TABLE)
            .set(AccountTable.EMAIL, "ada@x")
            .set(AccountTable.NICKNAME, "changed")
            .onConflictOnConstraint("account_email_key")
            .doUpdateSet(AccountTable.NICKNAME, excluded(AccountTable.NICKNAME))
            .where(AccountTable.ROLE.ne(Role.ADMIN));
    assertThat(run(upsert)).isZero(); // the WHERE excludes the admin
    assertThat(
            list(
                select(AccountTable.NICKNAME)
                    .from(AccountTable.TABLE)
                    .where(AccountTable.NICKNAME.isNotNull())))
        .isEmpty();
  }

  @Test
  void uniqueViolationsArriveTranslated() {
    run(insertInto(AccountTable.TABLE).set(AccountTable.EMAIL, "ada@x"));
    assertThatThrownBy(() -> run(insertInto(AccountTable.TABLE).set(AccountTable.EMAIL, "ada@x")))
        .isInstanceOf(UniqueViolationException.class)
        .hasMessageContaining("account_email_key");
  }

  @Test
  void updateWithExpressionsFromAndReturning() {
    Account ada =
        q.fetchOne(insertInto(AccountTable.TABLE).set(AccountTable.EMAIL, "ada@x").returning())
            .block();
    run(insertInto(PostTable.TABLE).set(PostTable.AUTHOR_ID, ada.id()).set(PostTable.BODY, "b1"));
    long n =
        run(
            update(AccountTable.TABLE)
                .set(AccountTable.NICKNAME, "writer")
                .set(AccountTable.VERSION, Functions.add(AccountTable.VERSION, 1L))
                .from(PostTable.TABLE)
                .where(PostTable.AUTHOR_ID.eq(AccountTable.ID)));
    assertThat(n).isEqualTo(1);
    List<String> nick =
        list(
            update(AccountTable.TABLE)
                .set(AccountTable.NICKNAME, (String) null)
                .where(AccountTable.EMAIL.eq("ada@x"))
                .returning(AccountTable.EMAIL));
    assertThat(nick).containsExactly("ada@x");
    Account after = list(selectFrom(AccountTable.TABLE)).get(0);
    assertThat(after.nickname()).isNull();
    assertThat(after.version()).isEqualTo(1L);
  }

  @Test
  void deleteWithUsingAndReturning() {
    Account ada =
        q.fetchOne(insertInto(AccountTable.TABLE).set(AccountTable.EMAIL, "ada@x").returning())
            .block();
    run(insertInto(AccountTable.TABLE).set(AccountTable.EMAIL, "bob@x"));
    run(insertInto(PostTable.TABLE).set(PostTable.AUTHOR_ID, ada.id()).set(PostTable.BODY, "b1"));
    List<Account> deleted =
        list(
            deleteFrom(AccountTable.TABLE)
                .using(PostTable.TABLE)
                .where(PostTable.AUTHOR_ID.eq(AccountTable.ID))
                .returning());
    assertThat(deleted).extracting(Account::email).containsExactly("ada@x");
    assertThat(run(deleteFrom(AccountTable.TABLE))).isEqualTo(1);
  }

  @Test
  void dataModifyingCte() {
    run(
        insertInto(AccountTable.TABLE)
            .set(AccountTable.EMAIL, "ada@x")
            .set(AccountTable.NICKNAME, "gone"));
    // WITH moved AS (DELETE ... RETURNING email) INSERT INTO tag (name) SELECT email FROM moved
    var moved =
        Dsl.cte(
            "moved",
            deleteFrom(AccountTable.TABLE)
                .where(AccountTable.NICKNAME.eq("gone"))
                .returning(AccountTable.EMAIL));
    Select<String> fromMoved = select(moved.col(AccountTable.EMAIL)).from(moved);
    var statement =
        insertInto(LabelTable.TABLE).with(moved).fromSelect(List.of(LabelTable.NAME), fromMoved);
    assertThat(run(statement)).isEqualTo(1);
    assertThat(list(select(LabelTable.NAME).from(LabelTable.TABLE))).containsExactly("ada@x");
    assertThat(statement.tables().writes())
        .containsExactlyInAnyOrder(AccountTable.TABLE_NAME, LabelTable.TABLE_NAME);
  }
}
