package io.pgorm.query.composite;

import static io.pgorm.query.composite.Tenancy.BUYER;
import static io.pgorm.query.composite.Tenancy.MEMBER;
import static io.pgorm.query.composite.Tenancy.M_NAME;
import static io.pgorm.query.composite.Tenancy.M_NO;
import static io.pgorm.query.composite.Tenancy.M_TENANT;
import static io.pgorm.query.composite.Tenancy.M_VERSION;
import static io.pgorm.query.composite.Tenancy.PURCHASES;
import static io.pgorm.query.composite.Tenancy.TEAMS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.pgorm.PgOrm;
import io.pgorm.query.Dsl;
import io.pgorm.query.QueryClient;
import io.pgorm.query.composite.Tenancy.Member;
import io.pgorm.query.composite.Tenancy.MemberKey;
import io.pgorm.query.composite.Tenancy.Membership;
import io.pgorm.query.composite.Tenancy.MembershipKey;
import io.pgorm.query.composite.Tenancy.Purchase;
import io.pgorm.query.composite.Tenancy.Team;
import io.pgorm.query.expr.Condition;
import io.pgorm.query.fixture.Shop;
import io.pgorm.query.repository.BaseRepository;
import io.pgorm.query.repository.Include;
import io.pgorm.query.repository.Key;
import io.pgorm.query.repository.Loaded;
import io.pgorm.query.repository.OptimisticLockException;
import io.pgorm.query.repository.Relations;
import io.pgorm.test.PgTest;
import io.pgorm.test.TestDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.core.publisher.Flux;

/**
 * Multi-column primary keys: every repository operation by a composite key, coalesced look-ups in
 * one statement shape, and includes over composite foreign keys (1:N, N:1, M:N) in a constant
 * number of statements, counted for 1, 10 and 1,000 parents.
 */
@PgTest
class CompositeKeyTest {

  // Tenants are hostile strings: quotes, placeholders, comment markers, unicode.
  static final List<String> TENANTS = List.of("o'hara", "$1", "x;-- drop", "日本\u00e9😀");

  private static PgOrm db;
  private static SimpleMeterRegistry meters;
  private static QueryClient q;
  private static BaseRepository<Member, MemberKey> members;
  private static BaseRepository<Membership, MembershipKey> memberships;
  private static BaseRepository<Purchase, Long> purchasesByNo;

  @BeforeAll
  static void setUp(TestDatabase database) {
    meters = new SimpleMeterRegistry();
    db = PgOrm.create(Shop.builder(database).meterRegistry(meters).maxSize(8).build());
    for (String statement : Tenancy.SCHEMA.split(";")) {
      db.sql(statement).execute().block(Duration.ofSeconds(30));
    }
    q = QueryClient.of(db);
    members =
        new BaseRepository<>(
            q, MEMBER, Key.composite(MemberKey.class, M_TENANT, M_NO), M_VERSION, null);
    memberships =
        new BaseRepository<>(
            q,
            Tenancy.MEMBERSHIP,
            Key.composite(
                MembershipKey.class, Tenancy.MS_TENANT, Tenancy.MS_MEMBER_NO, Tenancy.MS_TEAM_NO));
    // Not the primary key, but a single-column Key still works over a composite-key table.
    purchasesByNo = new BaseRepository<>(q, Tenancy.PURCHASE, Key.of(Tenancy.P_NO));
    // 1,000 members per tenant of the first tenant, a few in the others; member i has i % 3
    // purchases and is in team (i % 2); team 0 and 1 exist in every tenant.
    List<Member> all = new ArrayList<>();
    List<Purchase> purchases = new ArrayList<>();
    List<Team> teams = new ArrayList<>();
    List<Membership> joins = new ArrayList<>();
    long purchaseNo = 0;
    for (String tenant : TENANTS) {
      teams.add(new Team(tenant, 0, tenant + " evens"));
      teams.add(new Team(tenant, 1, tenant + " odds"));
      int n = tenant.equals(TENANTS.get(0)) ? 1000 : 5;
      for (long i = 0; i < n; i++) {
        all.add(new Member(tenant, i, tenant + "#" + i, null));
        for (int k = 0; k < i % 3; k++) {
          purchases.add(new Purchase(tenant, purchaseNo++, i, "item " + k + " of " + i));
        }
        joins.add(new Membership(tenant, i, (int) (i % 2)));
      }
    }
    members.insertAll(all).then().block(Duration.ofSeconds(30));
    new BaseRepository<>(
            q, Tenancy.TEAM, Key.composite(TeamKey.class, Tenancy.T_TENANT, Tenancy.T_NO))
        .insertAll(teams)
        .then()
        .block(Duration.ofSeconds(30));
    purchasesByNo.insertAll(purchases).then().block(Duration.ofSeconds(30));
    memberships.insertAll(joins).then().block(Duration.ofSeconds(30));
  }

  record TeamKey(String tenant, Integer teamNo) {}

  @AfterAll
  static void tearDown() {
    db.close();
  }

  private static long statements() {
    return Shop.statements(meters);
  }

  @Test
  void findByIdExistsAndFindAllByIdTakeTheWholeKey() {
    for (String tenant : TENANTS) {
      Member m = members.findById(new MemberKey(tenant, 3L)).block();
      assertThat(m).isEqualTo(new Member(tenant, 3L, tenant + "#3", 0L));
      assertThat(members.existsById(new MemberKey(tenant, 3L)).block()).isTrue();
    }
    // Same number, other tenant: the whole key counts.
    assertThat(members.findById(new MemberKey("nobody", 3L)).blockOptional()).isEmpty();
    assertThat(members.existsById(new MemberKey(TENANTS.get(1), 999L)).block()).isFalse();
    List<MemberKey> keys =
        List.of(
            new MemberKey(TENANTS.get(0), 10L),
            new MemberKey(TENANTS.get(1), 4L),
            new MemberKey(TENANTS.get(2), 10L), // absent: tenant 2 has 5 members
            new MemberKey(TENANTS.get(3), 0L));
    assertThat(members.findAllById(keys).map(Member::name).collectList().block())
        .containsExactlyInAnyOrder(
            TENANTS.get(0) + "#10", TENANTS.get(1) + "#4", TENANTS.get(3) + "#0");
    assertThat(members.findAllById(List.of()).collectList().block()).isEmpty();
    assertThat(Dsl.selectFrom(MEMBER).where(members.key().in(keys)).toSql().sql())
        .isEqualTo(
            "SELECT \"member\".\"tenant\", \"member\".\"member_no\", \"member\".\"name\","
                + " \"member\".\"version\" FROM \"public\".\"member\" WHERE"
                + " (\"member\".\"tenant\", \"member\".\"member_no\") = ANY (SELECT \"k\".\"c1\","
                + " \"k\".\"c2\" FROM unnest($1::text[], $2::bigint[]) AS \"k\"(\"c1\", \"c2\"))");
  }

  @Test
  void writesByCompositeKeyWithOptimisticLocking() {
    String tenant = TENANTS.get(2);
    Member m = members.insert(new Member(tenant, 100L, "new", null)).block();
    assertThat(m).isEqualTo(new Member(tenant, 100L, "new", 0L));
    Member renamed = members.update(new Member(tenant, 100L, "renamed", 0L)).block();
    assertThat(renamed).isEqualTo(new Member(tenant, 100L, "renamed", 1L));
    assertThatThrownBy(() -> members.update(new Member(tenant, 100L, "stale", 0L)).block())
        .isInstanceOf(OptimisticLockException.class)
        .hasMessageContaining("public.member")
        .hasMessageContaining("(tenant, member_no)")
        .hasMessageContaining("MemberKey[tenant=x;-- drop, memberNo=100]");
    Member partial =
        members.update(new MemberKey(tenant, 100L), u -> u.set(M_NAME, "partial")).block();
    assertThat(partial).isEqualTo(new Member(tenant, 100L, "partial", 2L));
    Member upserted = members.upsert(new Member(tenant, 100L, "upserted", 2L)).block();
    assertThat(upserted.name()).isEqualTo("upserted");
    assertThat(members.upsert(new Member(tenant, 101L, "fresh", 0L)).block().name())
        .isEqualTo("fresh");
    assertThat(
            members
                .upsertAll(
                    List.of(
                        new Member(tenant, 101L, "again", 0L), new Member(tenant, 102L, "b", 0L)))
                .map(Member::name)
                .collectList()
                .block())
        .containsExactly("again", "b");
    // Only the row of the whole key changes: member 100 of the first tenant is untouched.
    assertThat(members.findById(new MemberKey(TENANTS.get(0), 100L)).block().name())
        .isEqualTo(TENANTS.get(0) + "#100");
    assertThatThrownBy(() -> members.delete(new Member(tenant, 100L, "x", 0L)).block())
        .isInstanceOf(OptimisticLockException.class);
    assertThat(members.delete(members.findById(new MemberKey(tenant, 100L)).block()).block())
        .isTrue();
    assertThat(members.deleteById(new MemberKey(tenant, 101L)).block()).isTrue();
    assertThat(members.deleteById(new MemberKey(tenant, 101L)).block()).isFalse();
    assertThat(members.deleteById(new MemberKey(tenant, 102L)).block()).isTrue();
    assertThat(members.existsById(new MemberKey(tenant, 100L)).block()).isFalse();
    // A three-column key.
    MembershipKey mk = new MembershipKey(TENANTS.get(3), 2L, 0);
    assertThat(memberships.findById(mk).block()).isEqualTo(new Membership(TENANTS.get(3), 2L, 0));
    assertThat(memberships.findById(new MembershipKey(TENANTS.get(3), 2L, 1)).blockOptional())
        .isEmpty();
  }

  @Test
  void keysetPagesAppendEveryKeyColumn() {
    List<String> names = new ArrayList<>();
    io.pgorm.query.repository.Cursor after = null;
    do {
      var page =
          members
              .findPage(M_TENANT.in(TENANTS.subList(1, 3)), List.of(M_NAME.desc()), 3, after)
              .block();
      page.items().forEach(m -> names.add(m.name()));
      after = page.next();
    } while (after != null);
    assertThat(names).hasSize(10).doesNotHaveDuplicates();
    assertThat(names).isSortedAccordingTo(java.util.Comparator.reverseOrder());
  }

  @Test
  void aKeyRecordThatDoesNotFitIsRejectedWithTheNames() {
    assertThatThrownBy(() -> Key.composite(MemberKey.class, M_TENANT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MemberKey must have one component per key column")
        .hasMessageContaining("public.member.tenant");
    assertThatThrownBy(() -> Key.composite(MemberKey.class, M_NO, M_TENANT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "component tenant of key record "
                + MemberKey.class.getName()
                + " is a java.lang.String but column public.member.member_no holds java.lang.Long");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 10, 1000})
  void concurrentFindByCompositeIdCoalesces(int callers) {
    String tenant = TENANTS.get(0);
    List<MemberKey> keys = new ArrayList<>();
    for (int i = 0; i < callers; i++) {
      // Every tenth caller asks for a key that does not exist; others repeat keys.
      keys.add(
          i % 10 == 9 ? new MemberKey(TENANTS.get(1), 500L + i) : new MemberKey(tenant, i % 500L));
    }
    long before = statements();
    List<Optional<Member>> results =
        Flux.fromIterable(keys)
            .flatMapSequential(
                k -> members.findById(k).map(Optional::of).defaultIfEmpty(Optional.empty()),
                callers)
            .collectList()
            .block(Duration.ofSeconds(30));
    long used = statements() - before;
    for (int i = 0; i < callers; i++) {
      if (i % 10 == 9) {
        assertThat(results.get(i)).isEmpty();
      } else {
        assertThat(results.get(i).orElseThrow().name()).isEqualTo(tenant + "#" + (i % 500));
      }
    }
    assertThat(used).isBetween(1L, callers == 1 ? 1L : 20L);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 10, 1000})
  void includesOverCompositeForeignKeysCostThreeStatements(int parents) {
    String tenant = TENANTS.get(0);
    long before = statements();
    List<Loaded<Member>> loaded =
        members
            .findAll(
                M_TENANT.eq(tenant).and(M_NO.lt((long) parents)),
                Include.of(PURCHASES).and(TEAMS),
                M_NO.asc())
            .collectList()
            .block(Duration.ofSeconds(30));
    // The members, their purchases, their teams: one statement each, whatever the count.
    assertThat(statements() - before).isEqualTo(3);
    assertThat(loaded).hasSize(parents);
    for (Loaded<Member> l : loaded) {
      long no = l.row().memberNo();
      assertThat(l.rows(PURCHASES))
          .hasSize((int) (no % 3))
          .allSatisfy(
              p -> {
                assertThat(p.tenant()).isEqualTo(tenant);
                assertThat(p.memberNo()).isEqualTo(no);
              });
      assertThat(l.rows(TEAMS))
          .containsExactly(
              new Team(tenant, (int) (no % 2), tenant + (no % 2 == 0 ? " evens" : " odds")));
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 10, 1000})
  void manyToOneOverACompositeForeignKey(int parents) {
    long before = statements();
    List<Loaded<Purchase>> loaded =
        Relations.fetch(
                q,
                Dsl.selectFrom(Tenancy.PURCHASE).orderBy(Tenancy.P_NO.asc()).limit((long) parents),
                Include.of(BUYER, Include.of(TEAMS)))
            .collectList()
            .block(Duration.ofSeconds(30));
    // Purchases, their buyers, the buyers' teams (nested).
    assertThat(statements() - before).isEqualTo(3);
    assertThat(loaded).hasSize(parents);
    for (Loaded<Purchase> l : loaded) {
      Loaded<Member> buyer = l.one(BUYER).orElseThrow();
      assertThat(buyer.row().tenant()).isEqualTo(l.row().tenant());
      assertThat(buyer.row().memberNo()).isEqualTo(l.row().memberNo());
      assertThat(buyer.rows(TEAMS)).hasSize(1);
    }
  }

  @Test
  void everyTenantsRowsStayApartInIncludes() {
    List<Loaded<Member>> loaded =
        members
            .findAll(M_NO.eq(4L), Include.of(PURCHASES).and(TEAMS), M_TENANT.asc())
            .collectList()
            .block();
    assertThat(loaded).hasSize(TENANTS.size());
    for (Loaded<Member> l : loaded) {
      String tenant = l.row().tenant();
      assertThat(l.rows(PURCHASES)).extracting(Purchase::tenant).containsOnly(tenant).hasSize(1);
      assertThat(l.rows(TEAMS)).extracting(Team::title).containsExactly(tenant + " evens");
    }
  }

  @Test
  void aKeyWithANullComponentIsRefusedNamingTheColumn() {
    assertThatThrownBy(() -> members.findById(new MemberKey("t", null)).block())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "key MemberKey[tenant=t, memberNo=null] has no value for column public.member.member_no");
    assertThatThrownBy(() -> members.deleteById(new MemberKey(null, 1L)).block())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has no value for column public.member.tenant");
  }

  @Test
  void rowInRejectsRowsOfTheWrongLength() {
    assertThatThrownBy(() -> Condition.rowIn(List.of(M_TENANT, M_NO), List.of(List.of("a"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("row [a] has 1 values for 2 fields");
  }
}
