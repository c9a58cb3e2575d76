package io.pgorm.query.it;

import static io.pgorm.query.Dsl.insertInto;

import io.pgorm.query.QueryClient;
import io.pgorm.query.fixture.Account;
import io.pgorm.query.fixture.AccountTable;
import io.pgorm.query.fixture.Post;
import io.pgorm.query.fixture.PostTable;
import io.pgorm.query.fixture.Role;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Three accounts and their posts, inserted through the builder. */
final class Seed {

  final Account ada;
  final Account bob;
  final Account cy;

  Seed(QueryClient q) {
    ada = insert(q, new Account(null, "ada@example.com", Role.ADMIN, null, null, null));
    bob = insert(q, new Account(null, "bob@example.com", Role.MEMBER, "bobby", null, null));
    cy = insert(q, new Account(null, "Cy@Example.com", Role.GUEST, "cy", null, null));
    q.execute(
            insertInto(PostTable.TABLE)
                .rows(
                    List.of(
                        new Post(null, id(ada), "hello world", List.of("intro", "news")),
                        new Post(null, id(ada), "second post", List.of("news")),
                        new Post(null, id(bob), "bob writes", List.of()))))
        .block(Duration.ofSeconds(10));
  }

  static UUID id(Account a) {
    return Objects.requireNonNull(a.id());
  }

  private static Account insert(QueryClient q, Account a) {
    return Objects.requireNonNull(
        q.fetchOne(insertInto(AccountTable.TABLE).row(a).returning())
            .block(Duration.ofSeconds(10)));
  }
}
