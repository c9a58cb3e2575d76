package io.pgorm.internal.error;

import static io.pgorm.internal.error.DriverErrors.server;
import static org.assertj.core.api.Assertions.assertThat;

import io.pgorm.error.AuthenticationException;
import io.pgorm.error.BadSqlException;
import io.pgorm.error.CheckViolationException;
import io.pgorm.error.ClientClosedException;
import io.pgorm.error.ConnectionException;
import io.pgorm.error.DataException;
import io.pgorm.error.DeadlockException;
import io.pgorm.error.ExclusionViolationException;
import io.pgorm.error.ForeignKeyViolationException;
import io.pgorm.error.InsufficientResourcesException;
import io.pgorm.error.IntegrityViolationException;
import io.pgorm.error.InvalidTransactionStateException;
import io.pgorm.error.LockNotAvailableException;
import io.pgorm.error.NotNullViolationException;
import io.pgorm.error.ObjectInUseException;
import io.pgorm.error.ObjectStateException;
import io.pgorm.error.PermissionDeniedException;
import io.pgorm.error.PgOrmException;
import io.pgorm.error.QueryCanceledException;
import io.pgorm.error.SerializationFailureException;
import io.pgorm.error.UncategorizedException;
import io.pgorm.error.UniqueViolationException;
import io.r2dbc.postgresql.message.backend.Field.FieldType;
import io.r2dbc.spi.R2dbcBadGrammarException;
import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcTimeoutException;
import java.io.IOException;
import java.net.ConnectException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.Exceptions;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.pool.PoolShutdownException;
import reactor.test.StepVerifier;

class ErrorTranslatorTest {

  static Stream<Arguments> codes() {
    return Stream.of(
        Arguments.of("23505", UniqueViolationException.class),
        Arguments.of("23503", ForeignKeyViolationException.class),
        Arguments.of("23514", CheckViolationException.class),
        Arguments.of("23502", NotNullViolationException.class),
        Arguments.of("23P01", ExclusionViolationException.class),
        Arguments.of("23001", IntegrityViolationException.class),
        Arguments.of("22P02", DataException.class),
        Arguments.of("22001", DataException.class),
        Arguments.of("22003", DataException.class),
        Arguments.of("22012", DataException.class),
        Arguments.of("40001", SerializationFailureException.class),
        Arguments.of("40P01", DeadlockException.class),
        Arguments.of("55P03", LockNotAvailableException.class),
        Arguments.of("57014", QueryCanceledException.class),
        Arguments.of("08006", ConnectionException.class),
        Arguments.of("08P01", ConnectionException.class),
        Arguments.of("57P01", ConnectionException.class),
        Arguments.of("57P02", ConnectionException.class),
        Arguments.of("57P03", ConnectionException.class),
        Arguments.of("25P03", ConnectionException.class),
        Arguments.of("3D000", ConnectionException.class),
        Arguments.of("28P01", AuthenticationException.class),
        Arguments.of("28000", AuthenticationException.class),
        Arguments.of("42601", BadSqlException.class),
        Arguments.of("42P01", BadSqlException.class),
        Arguments.of("42703", BadSqlException.class),
        Arguments.of("42883", BadSqlException.class),
        Arguments.of("3F000", BadSqlException.class),
        Arguments.of("26000", BadSqlException.class),
        Arguments.of("42501", PermissionDeniedException.class),
        Arguments.of("55006", ObjectInUseException.class),
        Arguments.of("55P04", ObjectStateException.class),
        Arguments.of("53300", InsufficientResourcesException.class),
        Arguments.of("25006", InvalidTransactionStateException.class),
        Arguments.of("25P02", InvalidTransactionStateException.class),
        Arguments.of("P0001", UncategorizedException.class),
        Arguments.of("0A000", UncategorizedException.class),
        Arguments.of("XX000", UncategorizedException.class));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("codes")
  void mapsEachSqlStateToItsType(String code, Class<? extends PgOrmException> type) {
    R2dbcException driver = server(code, "boom").exception();

    Throwable translated = ErrorTranslator.translate(driver);

    assertThat(translated).isExactlyInstanceOf(type).hasCause(driver);
    PgOrmException e = (PgOrmException) translated;
    assertThat(e.sqlState()).isEqualTo(code);
    assertThat(e.serverError()).isNotNull();
    assertThat(e.getMessage()).startsWith("boom [" + code + "]");
  }

  @Test
  void uniqueViolationNamesConstraintTableAndKey() {
    R2dbcException driver =
        server("23505", "duplicate key value violates unique constraint \"account_email_key\"")
            .with(FieldType.DETAIL, "Key (email)=(a@b.c) already exists.")
            .with(FieldType.SCHEMA_NAME, "public")
            .with(FieldType.TABLE_NAME, "account")
            .with(FieldType.CONSTRAINT_NAME, "account_email_key")
            .exception();

    UniqueViolationException e = (UniqueViolationException) ErrorTranslator.translate(driver);

    assertThat(e)
        .hasMessage(
            "duplicate key value violates unique constraint \"account_email_key\" [23505] on"
                + " table \"account\" — Key (email)=(a@b.c) already exists.");
    assertThat(e.constraint()).isEqualTo("account_email_key");
    assertThat(e.table()).isEqualTo("account");
    assertThat(e.schema()).isEqualTo("public");
    assertThat(e.column()).isNull();
    assertThat(e.detail()).isEqualTo("Key (email)=(a@b.c) already exists.");
    assertThat(e.isRetryable()).isFalse();
  }

  @Test
  void copiesEveryFieldTheServerSent() {
    R2dbcException driver =
        server("22P02", "invalid input syntax for type integer: \"x\"")
            .with(FieldType.POSITION, "8")
            .with(FieldType.WHERE, "PL/pgSQL function f() line 3 at RAISE")
            .with(FieldType.DATA_TYPE_NAME, "positive_int")
            .with(FieldType.INTERNAL_QUERY, "select 1")
            .with(FieldType.INTERNAL_POSITION, "2")
            .with(FieldType.FILE, "numutils.c")
            .with(FieldType.LINE, "not-a-number")
            .with(FieldType.ROUTINE, "pg_strtoint32")
            .exception();

    PgOrmException e = (PgOrmException) ErrorTranslator.translate(driver);

    assertThat(e.serverError())
        .satisfies(
            s -> {
              assertThat(s.severity()).isEqualTo("ERROR");
              assertThat(s.position()).isEqualTo(8);
              assertThat(s.where()).isEqualTo("PL/pgSQL function f() line 3 at RAISE");
              assertThat(s.dataType()).isEqualTo("positive_int");
              assertThat(s.internalQuery()).isEqualTo("select 1");
              assertThat(s.internalPosition()).isEqualTo(2);
              assertThat(s.file()).isEqualTo("numutils.c");
              assertThat(s.line()).isNull(); // malformed, dropped rather than failing
              assertThat(s.routine()).isEqualTo("pg_strtoint32");
            });
    assertThat(e).hasMessage("invalid input syntax for type integer: \"x\" [22P02] at character 8");
  }

  @Test
  void transientErrorsAreRetryable() {
    assertThat(translate("40001").isRetryable()).isTrue();
    assertThat(translate("40P01").isRetryable()).isTrue();
    assertThat(translate("55P03").isRetryable()).isTrue();
    assertThat(translate("57P01").isRetryable()).isFalse();
    assertThat(translate("57014").isRetryable()).isFalse();
  }

  @Test
  void statementTimeoutIsToldApartFromCancelRequest() {
    QueryCanceledException timeout =
        (QueryCanceledException)
            ErrorTranslator.translate(
                server("57014", "canceling statement due to statement timeout").exception());
    QueryCanceledException cancel =
        (QueryCanceledException)
            ErrorTranslator.translate(
                server("57014", "canceling statement due to user request").exception());

    assertThat(timeout.isStatementTimeout()).isTrue();
    assertThat(timeout)
        .hasMessage(
            "canceling statement due to statement timeout [57014]. Hint: The statement ran longer"
                + " than statement_timeout: make it faster, or raise the limit for this"
                + " transaction with SET LOCAL statement_timeout.");
    assertThat(cancel.isStatementTimeout()).isFalse();
    assertThat(cancel)
        .hasMessage(
            "canceling statement due to user request [57014]. Hint: The statement was canceled by"
                + " a cancel request (pg_cancel_backend() or the client).");
  }

  @Test
  void isIdempotent() {
    Throwable once = ErrorTranslator.translate(server("23505", "dup").exception());
    assertThat(ErrorTranslator.translate(once)).isSameAs(once);
  }

  @Test
  void programmingErrorsPassThroughUnchanged() {
    IllegalArgumentException bug = new IllegalArgumentException("bad argument");
    IllegalStateException state = new IllegalStateException("The connection is closed");
    TimeoutException timeout = new TimeoutException("a timeout of the caller's own");

    assertThat(ErrorTranslator.translate(bug)).isSameAs(bug);
    assertThat(ErrorTranslator.translate(state)).isSameAs(state);
    assertThat(ErrorTranslator.translate(timeout)).isSameAs(timeout);
  }

  @Test
  void driverConnectionLossBecomesConnectionException() {
    R2dbcException closed =
        DriverErrors.connectionClosed(
            "Cannot exchange messages because the connection is closed", null);

    ConnectionException e = (ConnectionException) ErrorTranslator.translate(closed);

    assertThat(e.sqlState()).isEqualTo("08006");
    assertThat(e.serverError()).isNull();
    assertThat(e)
        .hasCause(closed)
        .hasMessage(
            "Cannot exchange messages because the connection is closed [08006]. Hint: The"
                + " session is gone: use a new connection. Work in flight was rolled back, except"
                + " a COMMIT whose reply was lost: its outcome is unknown.");
  }

  @Test
  void connectFailureNamesTheNetworkReason() {
    R2dbcException refused =
        DriverErrors.cannotConnect(
            "Cannot connect to localhost/127.0.0.1:1",
            new ConnectException("Connection refused: localhost/127.0.0.1:1"));

    ConnectionException e = (ConnectionException) ErrorTranslator.translate(refused);

    assertThat(e)
        .hasMessage(
            "Cannot connect to localhost/127.0.0.1:1 [08003] — Connection refused:"
                + " localhost/127.0.0.1:1. Hint: Check that PostgreSQL runs at that host and port"
                + " and accepts connections (listen_addresses, pg_hba.conf, firewall).");
  }

  @Test
  void timeoutsAndResourceErrorsFromThePoolBecomeConnectionException() {
    R2dbcTimeoutException acquire =
        new R2dbcTimeoutException(
            "Connection acquisition timed out after 250ms", new TimeoutException());
    R2dbcNonTransientResourceException validation =
        new R2dbcNonTransientResourceException("Connection validation failed");

    assertThat(ErrorTranslator.translate(acquire))
        .isInstanceOf(ConnectionException.class)
        .hasCause(acquire)
        .hasMessage(
            "Connection acquisition timed out after 250ms. Hint: Waiting for a connection or its"
                + " validation timed out: the pool may be exhausted or the server slow to"
                + " answer.");
    assertThat(ErrorTranslator.translate(validation))
        .isInstanceOf(ConnectionException.class)
        .hasMessageStartingWith("Connection validation failed. Hint: The session is gone");
  }

  @Test
  void poolShutdownBecomesClientClosed() {
    PoolShutdownException shutdown = new PoolShutdownException();

    assertThat(ErrorTranslator.translate(shutdown))
        .isInstanceOf(ClientClosedException.class)
        .hasCause(shutdown)
        .hasMessageStartingWith(
            "Client 'connection pool' does not accept new work: it is shut down.");
  }

  @Test
  void networkErrorsBecomeConnectionException() {
    IOException reset = new IOException("Connection reset by peer");

    assertThat(ErrorTranslator.translate(reset))
        .isInstanceOf(ConnectionException.class)
        .hasMessageStartingWith(
            "I/O error on the database connection — Connection reset by peer. Hint: The session"
                + " is gone");
  }

  @Test
  void looksThroughWrappersThatOnlyCarryTheError() {
    R2dbcException dup = server("23505", "dup").exception();

    assertThat(ErrorTranslator.translate(Exceptions.retryExhausted("retries exhausted", dup)))
        .isInstanceOf(UniqueViolationException.class)
        .hasCause(dup);
    assertThat(ErrorTranslator.translate(new CompletionException(dup)))
        .isInstanceOf(UniqueViolationException.class);
    assertThat(ErrorTranslator.translate(Exceptions.propagate(new IOException("reset"))))
        .isInstanceOf(ConnectionException.class);
  }

  @Test
  void looksThroughUsingWhensCleanupWrapperAroundAFailedCommit() {
    R2dbcException commit = server("40001", "could not serialize access").exception();

    StepVerifier.create(
            Flux.usingWhen(Mono.just("connection"), Mono::just, c -> Mono.error(commit))
                .onErrorMap(ErrorTranslator::translate))
        .expectNext("connection")
        .expectErrorSatisfies(
            e -> assertThat(e).isInstanceOf(SerializationFailureException.class).hasCause(commit))
        .verify();
  }

  @Test
  void otherR2dbcErrorsKeepTheirSqlState() {
    R2dbcBadGrammarException foreign = new R2dbcBadGrammarException("no such thing", "42000", 0);

    PgOrmException e = (PgOrmException) ErrorTranslator.translate(foreign);

    assertThat(e).isInstanceOf(UncategorizedException.class).hasMessage("no such thing [42000]");
    assertThat(e.sqlState()).isEqualTo("42000");
  }

  @Test
  void malformedCodeStillTranslatesWithoutThrowing() {
    R2dbcException odd = server("XYZ", "odd").exception();

    assertThat(ErrorTranslator.translate(odd))
        .isInstanceOf(UncategorizedException.class)
        .hasMessage("odd [XYZ]");
  }

  @Test
  void mapperTranslatesInsideAPipeline() {
    R2dbcException dup = server("23505", "dup").exception();

    StepVerifier.create(Mono.error(dup).onErrorMap(ErrorTranslator.mapper()))
        .expectErrorSatisfies(
            e -> assertThat(e).isInstanceOf(UniqueViolationException.class).hasCause(dup))
        .verify();
  }

  private static PgOrmException translate(String code) {
    return (PgOrmException) ErrorTranslator.translate(server(code, "x").exception());
  }
}
