package io.pgorm.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgorm.PgOrm;
import io.pgorm.PgOrmConfig;
import io.pgorm.SslMode;
import io.pgorm.test.PgTest;
import io.pgorm.test.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import reactor.util.retry.Retry;

/** The snippets of docs/errors.md: compiled, run against PostgreSQL, and quoted verbatim. */
@PgTest
@Tag("smoke")
class ErrorsDocExampleTest {

  static PgOrm db;

  @BeforeAll
  static void start(TestDatabase database) {
    db = PgOrm.create(PgOrmConfig.builder().url(database.url()).sslMode(SslMode.DISABLE).build());
    db.sql(
            "CREATE TABLE account (id serial PRIMARY KEY,"
                + " email text NOT NULL CONSTRAINT account_email_key UNIQUE,"
                + " balance int NOT NULL CONSTRAINT account_balance_check CHECK (balance >= 0))")
        .execute()
        .block(Duration.ofSeconds(30));
  }

  @AfterAll
  static void stop() {
    db.close();
  }

  // tag::catch[]
  /** Signs up an account: a taken email is an answer, not a failure. */
  static Mono<String> signUp(PgOrm db, String email) {
    return db.sql("INSERT INTO account (email, balance) VALUES ($1, 0)")
        .bind(0, email)
        .execute()
        .thenReturn("welcome " + email)
        .onErrorResume(
            UniqueViolationException.class,
            e ->
                "account_email_key".equals(e.constraint())
                    ? Mono.just(email + " is taken")
                    : Mono.error(e));
  }

  // end::catch[]

  // tag::inspect[]
  /** One log line from any failure: the server's details when there are some. */
  static String describe(Throwable error) {
    if (error instanceof PgOrmException e && e.sqlState() != null) {
      return e.getClass().getSimpleName()
          + " sqlState="
          + e.sqlState()
          + " table="
          + e.table()
          + " constraint="
          + e.constraint()
          + " retryable="
          + e.isRetryable();
    }
    return error.toString();
  }

  // end::inspect[]

  // tag::retry[]
  /** Runs the transaction again on serialization failures, deadlocks and lock timeouts. */
  static <T> Mono<T> withRetries(Mono<T> transaction) {
    return transaction.retryWhen(
        Retry.backoff(3, Duration.ofMillis(20))
            .filter(e -> e instanceof PgOrmException p && p.isRetryable()));
  }

  // end::retry[]

  @Test
  void aTakenEmailIsAnAnswer() {
    StepVerifier.create(signUp(db, "ada@example.com").then(signUp(db, "ada@example.com")))
        .expectNext("ada@example.com is taken")
        .verifyComplete();
  }

  @Test
  void describeNamesTheConstraint() {
    StepVerifier.create(
            db.sql("INSERT INTO account (email, balance) VALUES ('poor@example.com', -1)")
                .execute())
        .expectErrorSatisfies(
            e ->
                assertThat(describe(e))
                    .isEqualTo(
                        "CheckViolationException sqlState=23514 table=account"
                            + " constraint=account_balance_check retryable=false"))
        .verify(Duration.ofSeconds(30));
  }

  @Test
  void retriesARetryableFailure() {
    AtomicInteger runs = new AtomicInteger();
    Mono<Long> transaction =
        db.inTransaction(
            tx ->
                runs.incrementAndGet() == 1
                    ? db.sql(
                            "DO $$ BEGIN RAISE EXCEPTION 'conflict' USING ERRCODE = '40001'; END $$")
                        .execute()
                    : db.sql("SELECT 1").execute());

    StepVerifier.create(withRetries(transaction)).expectNextCount(1).verifyComplete();
    assertThat(runs).hasValue(2);
  }

  @Test
  void theDocumentQuotesTheSnippetsVerbatim() throws IOException {
    Path module = Path.of("").toAbsolutePath();
    String source =
        Files.readString(module.resolve("src/test/java/io/pgorm/error/ErrorsDocExampleTest.java"));
    String doc = javaBlocks(Files.readString(module.resolveSibling("docs").resolve("errors.md")));

    for (String tag : new String[] {"catch", "inspect", "retry"}) {
      assertThat(doc).as(tag).contains(between(source, tag));
    }
  }

  private static String between(String source, String tag) {
    int start = source.indexOf('\n', source.indexOf("// tag::" + tag + "[]")) + 1;
    String region = source.substring(start, source.indexOf("// end::" + tag + "[]")).strip();
    return region.replaceAll("(?m)^  ", ""); // the docs show it one level in
  }

  private static String javaBlocks(String markdown) {
    StringBuilder blocks = new StringBuilder();
    Matcher m = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(markdown);
    while (m.find()) {
      blocks.append(m.group(1)).append('\n');
    }
    return blocks.toString();
  }
}
