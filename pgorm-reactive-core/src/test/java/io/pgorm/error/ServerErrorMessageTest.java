package io.pgorm.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

/** The message format documented on {@link PgOrmException}, part by part. */
class ServerErrorMessageTest {

  @Test
  void onlyTheCodeWhenTheServerSentNothingElse() {
    ServerError error = ServerError.builder("22012", "division by zero").build();

    assertThat(new DataException(error, null)).hasMessage("division by zero [22012]");
  }

  @Test
  void qualifiesTablesOutsidePublicAndNamesColumnAndConstraint() {
    ServerError error =
        ServerError.builder("23514", "new row violates a check")
            .schema("audit")
            .table("entry")
            .column("amount")
            .constraint("entry_amount_check")
            .build();

    assertThat(new CheckViolationException(error, null))
        .hasMessage(
            "new row violates a check [23514] on table \"audit\".\"entry\", column \"amount\","
                + " constraint \"entry_amount_check\"");
  }

  @Test
  void doesNotRepeatWhatTheServerMessageAlreadyQuotes() {
    ServerError error =
        ServerError.builder(
                "23502",
                "null value in column \"email\" of relation \"account\" violates not-null"
                    + " constraint")
            .schema("public")
            .table("account")
            .column("email")
            .detail("Failing row contains (1, null).")
            .build();

    assertThat(new NotNullViolationException(error, null))
        .hasMessage(
            "null value in column \"email\" of relation \"account\" violates not-null constraint"
                + " [23502] — Failing row contains (1, null). Hint: Supply a value for the column"
                + " or give it a default.");
  }

  @Test
  void theServersHintWinsOverOurs() {
    ServerError error =
        ServerError.builder("42703", "column \"emial\" does not exist")
            .position(8)
            .hint("Perhaps you meant to reference the column \"account.email\".")
            .build();

    assertThat(new BadSqlException(error, null))
        .hasMessage(
            "column \"emial\" does not exist [42703] at character 8. Hint: Perhaps you meant to"
                + " reference the column \"account.email\".");
  }

  @Test
  void ourHintWhenTheServerHasNone() {
    ServerError error =
        ServerError.builder("25006", "cannot execute INSERT in a read-only transaction").build();

    assertThat(new InvalidTransactionStateException(error, null))
        .hasMessage(
            "cannot execute INSERT in a read-only transaction [25006]. Hint: The transaction is"
                + " read-only (SET TRANSACTION READ ONLY, default_transaction_read_only, or a"
                + " standby): write in a read-write transaction on the primary.");
  }

  @Test
  void accessorsReadTheServerError() {
    ServerError error =
        ServerError.builder("23503", "fk")
            .schema("s")
            .table("t")
            .column("c")
            .dataType("d")
            .constraint("k")
            .detail("x")
            .build();
    PgOrmException e = new ForeignKeyViolationException(error, null);

    assertThat(e.sqlState()).isEqualTo("23503");
    assertThat(e.serverError()).isEqualTo(error);
    assertThat(e.schema()).isEqualTo("s");
    assertThat(e.table()).isEqualTo("t");
    assertThat(e.column()).isEqualTo("c");
    assertThat(e.dataType()).isEqualTo("d");
    assertThat(e.constraint()).isEqualTo("k");
    assertThat(e.detail()).isEqualTo("x");
    assertThat(e.sql()).isNull();
    assertThat(error.sqlStateClass()).isEqualTo("23");
  }

  @Test
  void clientSideRootKeepsItsConstructors() {
    PgOrmException plain = new PgOrmException("plain");
    PgOrmException coded = new PgOrmException("coded", "08006", null);

    assertThat(plain.sqlState()).isNull();
    assertThat(plain.serverError()).isNull();
    assertThat(plain.constraint()).isNull();
    assertThat(coded.sqlState()).isEqualTo("08006");
    assertThat(coded).hasMessage("coded");
  }

  @Test
  void rejectsASqlStateThatIsNotFiveCharacters() {
    assertThatThrownBy(() -> ServerError.builder("235", "x").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("SQLSTATE must have five characters, got '235'");
  }

  @Test
  void survivesJavaSerialization() throws Exception {
    UniqueViolationException e =
        new UniqueViolationException(
            ServerError.builder("23505", "dup").constraint("k").position(3).build(), null);

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(e);
    }
    Object copy;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = in.readObject();
    }

    assertThat(copy).isInstanceOf(UniqueViolationException.class);
    assertThat(((PgOrmException) copy).serverError()).isEqualTo(e.serverError());
  }
}
