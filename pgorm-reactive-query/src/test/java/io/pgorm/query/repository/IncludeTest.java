package io.pgorm.query.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.pgorm.PgOrm;
import io.pgorm.query.Dsl;
import io.pgorm.query.QueryClient;
import io.pgorm.query.expr.Condition;
import io.pgorm.query.fixture.Account;
import io.pgorm.query.fixture.AccountTable;
import io.pgorm.query.fixture.Comment;
import io.pgorm.query.fixture.CommentTable;
import io.pgorm.query.fixture.Label;
import io.pgorm.query.fixture.LabelTable;
import io.pgorm.query.fixture.Post;
import io.pgorm.query.fixture.PostLabel;
import io.pgorm.query.fixture.PostLabelTable;
import io.pgorm.query.fixture.PostTable;
import io.pgorm.query.fixture.Profile;
import io.pgorm.query.fixture.ProfileTable;
import io.pgorm.query.fixture.Role;
import io.pgorm.query.fixture.Shop;
import io.pgorm.test.PgTest;
import io.pgorm.test.TestDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Relations loaded include-style: a fixed number of statements for 1, 10 and 1000 parents, counted
 * through the client's statement meter.
 */
@PgTest
class IncludeTest {

  private static PgOrm db;
  private static SimpleMeterRegistry meters;
  private static QueryClient q;
  private static BaseRepository<Account, UUID> accounts;
  private static BaseRepository<Post, Long> posts;

  @BeforeAll
  static void setUp(TestDatabase database) {
    meters = new SimpleMeterRegistry();
    db = Shop.client(database, meters);
    Shop.create(db);
    q = QueryClient.of(db);
    accounts = new BaseRepository<>(q, AccountTable.TABLE, AccountTable.ID);
    posts = new BaseRepository<>(q, PostTable.TABLE, PostTable.ID);
    BaseRepository<Label, Long> labels = new BaseRepository<>(q, LabelTable.TABLE, LabelTable.ID);
    List<Label> tags =
        labels
            .insertAll(List.of(new Label(null, "red"), new Label(null, "blue")))
            .collectList()
            .block();
    List<Account> people = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      people.add(new Account(null, String.format("p%04d@x", i), Role.MEMBER, null, null, null));
    }
    List<Account> stored = accounts.insertAll(people).collectList().block(Duration.ofSeconds(30));
    List<Post> written = new ArrayList<>();
    List<Profile> profiles = new ArrayList<>();
    for (int i = 0; i < stored.size(); i++) {
      Account a = stored.get(i);
      // Account i has i % 3 posts; every other account has a profile.
      for (int k = 0; k < i % 3; k++) {
        written.add(new Post(null, a.id(), "post " + k + " of " + a.email(), List.of()));
      }
      if (i % 2 == 0) {
        profiles.add(new Profile(a.id(), "bio of " + a.email()));
      }
    }
    List<Post> storedPosts = posts.insertAll(written).collectList().block(Duration.ofSeconds(30));
    new BaseRepository<>(q, ProfileTable.TABLE, ProfileTable.ACCOUNT_ID)
        .insertAll(profiles)
        .blockLast();
    List<Comment> comments = new ArrayList<>();
    List<PostLabel> links = new ArrayList<>();
    for (Post p : storedPosts) {
      comments.add(new Comment(null, p.id(), "nice " + p.body()));
      links.add(new PostLabel(p.id(), tags.get(0).id()));
      if (p.id() % 2 == 0) {
        links.add(new PostLabel(p.id(), tags.get(1).id()));
      }
    }
    new BaseRepository<>(q, CommentTable.TABLE, CommentTable.ID).insertAll(comments).blockLast();
    q.execute(Dsl.insertInto(PostLabelTable.TABLE).rowsUnnested(links)).block();
  }

  @AfterAll
  static void tearDown() {
    db.close();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 10, 1000})
  @Tag("smoke")
  void nestedIncludesCostTheSameStatementsForAnyNumberOfParents(int parents) {
    Include<Account> include =
        Include.of(
                AccountTable.Relations.POSTS,
                Include.of(PostTable.Relations.COMMENTS).and(PostTable.Relations.TAGS))
            .and(AccountTable.Relations.PROFILE);
    long before = Shop.statements(meters);
    List<Loaded<Account>> loaded =
        Relations.fetch(
                q,
                Dsl.selectFrom(AccountTable.TABLE).orderBy(AccountTable.EMAIL.asc()).limit(parents),
                include)
            .collectList()
            .block(Duration.ofSeconds(30));
    long statements = Shop.statements(meters) - before;
    // accounts, posts, comments, labels (joined with post_label), profiles; the first account has
    // no posts, so with one parent the nested includes have nothing to load.
    assertThat(statements).isEqualTo(parents == 1 ? 3 : 5);
    assertThat(loaded).hasSize(parents);
    for (int i = 0; i < parents; i++) {
      Loaded<Account> a = loaded.get(i);
      assertThat(a.row().email()).isEqualTo(String.format("p%04d@x", i));
      List<Loaded<Post>> ps = a.many(AccountTable.Relations.POSTS);
      assertThat(ps).hasSize(i % 3);
      for (Loaded<Post> p : ps) {
        assertThat(p.row().authorId()).isEqualTo(a.row().id());
        assertThat(p.rows(PostTable.Relations.COMMENTS))
            .extracting(Comment::text)
            .containsExactly("nice " + p.row().body());
        assertThat(p.rows(PostTable.Relations.TAGS))
            .extracting(Label::name)
            .containsExactlyElementsOf(
                p.row().id() % 2 == 0 ? List.of("red", "blue") : List.of("red"));
      }
      assertThat(a.oneRow(AccountTable.Relations.PROFILE).map(Profile::bio))
          .isEqualTo(
              i % 2 == 0
                  ? java.util.Optional.of("bio of " + a.row().email())
                  : java.util.Optional.empty());
    }
  }

  @Test
  void manyToOneAndRepositoryIncludes() {
    List<Loaded<Post>> withAuthors =
        posts
            .findAll(Condition.none(), Include.of(PostTable.Relations.AUTHOR), PostTable.ID.asc())
            .take(3)
            .collectList()
            .block();
    assertThat(withAuthors)
        .allSatisfy(
            p ->
                assertThat(p.oneRow(PostTable.Relations.AUTHOR).orElseThrow().id())
                    .isEqualTo(p.row().authorId()));
    Account first = accounts.findAll(AccountTable.EMAIL.eq("p0001@x")).blockFirst();
    Loaded<Account> one =
        accounts.findById(first.id(), Include.of(AccountTable.Relations.POSTS)).block();
    assertThat(one.rows(AccountTable.Relations.POSTS)).hasSize(1);
    assertThatThrownBy(() -> one.many(AccountTable.Relations.PROFILE))
        .hasMessage(
            "relation public.account.profile was not included. Hint: load it with Include.of(profile)");
    assertThatThrownBy(() -> one.one(AccountTable.Relations.POSTS))
        .hasMessage("relation public.account.posts is ONE_TO_MANY: use many()");
  }
}
