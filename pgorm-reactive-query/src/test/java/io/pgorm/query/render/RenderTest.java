package io.pgorm.query.render;

import static io.pgorm.query.Dsl.select;
import static io.pgorm.query.Dsl.selectFrom;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgorm.query.Dsl;
import io.pgorm.query.Select;
import io.pgorm.query.expr.Condition;
import io.pgorm.query.expr.Functions;
import io.pgorm.query.expr.Lock;
import io.pgorm.query.expr.TableRef;
import io.pgorm.query.fixture.Account;
import io.pgorm.query.fixture.AccountTable;
import io.pgorm.query.fixture.PostTable;
import io.pgorm.query.fixture.Role;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** SQL text of built queries, rendered with no connection. */
class RenderTest {

  private static final String ACCOUNT_COLUMNS =
      "\"account\".\"id\", \"account\".\"email\", \"account\".\"role\", \"account\".\"nickname\","
          + " \"account\".\"created_at\", \"account\".\"version\"";

  @Test
  void selectFromRendersEveryColumnQualifiedAndQuoted() {
    RenderedSql r =
        selectFrom(AccountTable.TABLE).where(AccountTable.EMAIL.eq("ada@example.com")).toSql();
    assertThat(r.sql())
        .isEqualTo(
            "SELECT "
                + ACCOUNT_COLUMNS
                + " FROM \"public\".\"account\" WHERE \"account\".\"email\" = $1");
    assertThat(r.binds()).containsExactly("ada@example.com");
  }

  @Test
  void inListsAreOneArrayParameterWhateverTheirLength() {
    Select<Account> one = selectFrom(AccountTable.TABLE).where(AccountTable.ID.in(List.of(id())));
    Select<Account> three =
        selectFrom(AccountTable.TABLE).where(AccountTable.ID.in(List.of(id(), id(), id())));
    Select<Account> none = selectFrom(AccountTable.TABLE).where(AccountTable.ID.in(List.of()));
    assertThat(one.toSql().sql()).endsWith("WHERE \"account\".\"id\" = ANY($1::uuid[])");
    assertThat(three.toSql().sql()).isEqualTo(one.toSql().sql());
    assertThat(none.toSql().sql()).isEqualTo(one.toSql().sql());
    assertThat(three.toSql().binds().get(0)).isInstanceOf(UUID[].class);
    assertThat(
            selectFrom(AccountTable.TABLE)
                .where(AccountTable.ROLE.notIn(List.of(Role.GUEST)))
                .toSql())
        .satisfies(
            r -> {
              assertThat(r.sql())
                  .endsWith("\"account\".\"role\" <> ALL($1::\"public\".\"role\"[])");
              assertThat((String[]) r.binds().get(0)).containsExactly("guest");
            });
  }

  @Test
  void enumValuesAreBoundAsLabelsCastToTheType() {
    RenderedSql r = selectFrom(AccountTable.TABLE).where(AccountTable.ROLE.eq(Role.ADMIN)).toSql();
    assertThat(r.sql()).endsWith("WHERE \"account\".\"role\" = $1::\"public\".\"role\"");
    assertThat(r.binds()).containsExactly("admin");
  }

  @Test
  void conditionsNestWithParenthesesOnlyWhereNeeded() {
    Condition c =
        AccountTable.EMAIL
            .like("a%")
            .and(AccountTable.NICKNAME.isNull().or(AccountTable.NICKNAME.eq("x")))
            .and(AccountTable.ROLE.ne(Role.GUEST).not());
    assertThat(select(AccountTable.ID).from(AccountTable.TABLE).where(c).toSql().sql())
        .isEqualTo(
            "SELECT \"account\".\"id\" FROM \"public\".\"account\" WHERE \"account\".\"email\" LIKE"
                + " $1 AND (\"account\".\"nickname\" IS NULL OR \"account\".\"nickname\" = $2) AND"
                + " NOT (\"account\".\"role\" <> $3::\"public\".\"role\")");
  }

  @Test
  void optionalFiltersDropOut() {
    String email = null;
    Role role = Role.ADMIN;
    Condition filter =
        Condition.all(
            Condition.ifPresent(email, AccountTable.EMAIL::eq),
            Condition.ifPresent(role, AccountTable.ROLE::eq),
            Condition.when(false, () -> AccountTable.NICKNAME.isNull()));
    assertThat(selectFrom(AccountTable.TABLE).where(filter).toSql().sql())
        .endsWith(
            "FROM \"public\".\"account\" WHERE \"account\".\"role\" = $1::\"public\".\"role\"");
    assertThat(selectFrom(AccountTable.TABLE).where(Condition.none()).toSql().sql())
        .endsWith("FROM \"public\".\"account\"");
  }

  @Test
  void joinsGroupingOrderingPagingAndLocking() {
    String sql =
        select(AccountTable.EMAIL, Functions.count().filter(PostTable.BODY.ne("")))
            .from(AccountTable.TABLE)
            .leftJoin(PostTable.TABLE, PostTable.AUTHOR_ID.eq(AccountTable.ID))
            .groupBy(AccountTable.EMAIL)
            .having(Functions.count().gt(1L))
            .orderBy(AccountTable.EMAIL.desc().nullsLast())
            .limit(10)
            .offset(20)
            .toSql()
            .sql();
    assertThat(sql)
        .isEqualTo(
            "SELECT \"account\".\"email\", count(*) FILTER (WHERE \"post\".\"body\" <> $1) FROM"
                + " \"public\".\"account\" LEFT JOIN \"public\".\"post\" ON \"post\".\"author_id\""
                + " = \"account\".\"id\" GROUP BY \"account\".\"email\" HAVING count(*) > $2 ORDER"
                + " BY \"account\".\"email\" DESC NULLS LAST LIMIT $3 OFFSET $4");
    assertThat(
            selectFrom(AccountTable.TABLE)
                .lock(Lock.Strength.UPDATE, Lock.Wait.SKIP_LOCKED, AccountTable.TABLE_NAME)
                .toSql()
                .sql())
        .endsWith("FROM \"public\".\"account\" FOR UPDATE OF \"account\" SKIP LOCKED");
  }

  @Test
  void aSelfJoinNeedsAliasesAndSaysSo() {
    TableRef<Account> a = Dsl.table(AccountTable.TABLE).as("a");
    TableRef<Account> b = Dsl.table(AccountTable.TABLE).as("b");
    assertThatThrownBy(
            () ->
                select(AccountTable.ID)
                    .from(a)
                    .join(b, a.col(AccountTable.EMAIL).eq(b.col(AccountTable.NICKNAME)))
                    .toSql())
        .hasMessageStartingWith(
            "column public.account.id is ambiguous: table public.account appears more than once");
    assertThat(
            select(a.col(AccountTable.ID))
                .from(a)
                .join(b, a.col(AccountTable.EMAIL).eq(b.col(AccountTable.NICKNAME)))
                .toSql()
                .sql())
        .isEqualTo(
            "SELECT \"a\".\"id\" FROM \"public\".\"account\" AS \"a\" JOIN \"public\".\"account\""
                + " AS \"b\" ON \"a\".\"email\" = \"b\".\"nickname\"");
  }

  @Test
  void theShapeIsCachedNotTheValues() {
    Renderer renderer = new Renderer(100);
    RenderedSql first =
        renderer.render(selectFrom(AccountTable.TABLE).where(AccountTable.EMAIL.eq("a")).node());
    RenderedSql second =
        renderer.render(selectFrom(AccountTable.TABLE).where(AccountTable.EMAIL.eq("b")).node());
    assertThat(renderer.cachedShapes()).isEqualTo(1);
    assertThat(second.sql()).isSameAs(first.sql());
    assertThat(second.binds()).containsExactly("b");
    renderer.render(selectFrom(AccountTable.TABLE).where(AccountTable.EMAIL.ne("b")).node());
    assertThat(renderer.cachedShapes()).isEqualTo(2);
  }

  @Test
  void hostileNamesAreQuotedAndNulIsRefused() {
    TableRef<Account> evil = Dsl.table(AccountTable.TABLE).as("x\"; DROP TABLE account; --");
    assertThat(selectFrom(evil).toSql().sql())
        .contains("FROM \"public\".\"account\" AS \"x\"\"; DROP TABLE account; --\"");
    assertThatThrownBy(() -> Dsl.table(AccountTable.TABLE).as("a\0b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "table alias \"a\\0b\" contains NUL (\\0), which no PostgreSQL identifier can hold");
    assertThatThrownBy(() -> Dsl.cast(AccountTable.EMAIL, "text); DROP TABLE x; --", String.class))
        .hasMessageStartingWith("not a type name: text); DROP TABLE x; --");
  }

  private static UUID id() {
    return UUID.randomUUID();
  }
}
