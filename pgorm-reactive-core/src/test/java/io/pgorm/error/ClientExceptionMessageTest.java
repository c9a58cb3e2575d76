package io.pgorm.error;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Client-side failures: what failed, the state, and a hint. */
class ClientExceptionMessageTest {

  @Test
  void poolExhaustedNamesPoolTimeAndCounts() {
    PoolExhaustedException e = new PoolExhaustedException("pgorm", 1, 1, 0, 3, 250);

    assertThat(e)
        .hasMessage(
            "Pool 'pgorm' could not hand out a connection within 250 ms: size 1/1, 1 in use, 0"
                + " idle, 3 waiting. Hint: raise maxSize or acquireTimeout, or look for"
                + " connections held too long.");
    assertThat(e.poolName()).isEqualTo("pgorm");
    assertThat(e.maxSize()).isEqualTo(1);
    assertThat(e.acquired()).isEqualTo(1);
    assertThat(e.idle()).isZero();
    assertThat(e.pending()).isEqualTo(3);
    assertThat(e.elapsedMillis()).isEqualTo(250);
    assertThat(e.sqlState()).isNull();
    assertThat(e.isRetryable()).isFalse();
  }

  @Test
  void poolWithRoomToGrowPointsAtConnectionOpening() {
    PoolExhaustedException e =
        new PoolExhaustedException("orders", 10, 2, 0, 0, 1000, new RuntimeException("timeout"));

    assertThat(e)
        .hasMessage(
            "Pool 'orders' could not hand out a connection within 1000 ms: size 2/10, 2 in use, 0"
                + " idle, 0 waiting. Hint: the pool had room to grow, so opening connections is"
                + " slow or failing: check the server and the connect timeout.")
        .hasCauseInstanceOf(RuntimeException.class);
  }

  @Test
  void clientClosedNamesClientAndState() {
    ClientClosedException e = new ClientClosedException("pgorm", "CLOSING");

    assertThat(e)
        .hasMessage(
            "Client 'pgorm' does not accept new work: it is CLOSING. Hint: close the client only"
                + " after the work that uses it has finished, or create a new client.");
    assertThat(e.clientName()).isEqualTo("pgorm");
    assertThat(e.state()).isEqualTo("CLOSING");
  }

  @Test
  void configurationNamesOptionSourceProblemAndHint() {
    ConfigurationException e =
        new ConfigurationException(
            "maxSize",
            "must be at least 1, was 0",
            "the connection URL",
            "set maxSize to 1 or more");

    assertThat(e)
        .hasMessage(
            "Invalid option 'maxSize' in the connection URL: must be at least 1, was 0. Hint: set"
                + " maxSize to 1 or more.");
    assertThat(e.option()).isEqualTo("maxSize");
    assertThat(e.problem()).isEqualTo("must be at least 1, was 0");
    assertThat(e.source()).isEqualTo("the connection URL");
    assertThat(e.hint()).isEqualTo("set maxSize to 1 or more");
  }

  @Test
  void configurationWithoutSourceOrHint() {
    assertThat(new ConfigurationException("host", "is empty", null, null))
        .hasMessage("Invalid option 'host': is empty.");
  }

  @Test
  void transactionMisuseWithAndWithoutHint() {
    assertThat(
            new TransactionException(
                "Transaction 7 already rolled back: cannot run \"insert into account ...\"",
                "start a new transaction"))
        .hasMessage(
            "Transaction 7 already rolled back: cannot run \"insert into account ...\". Hint:"
                + " start a new transaction.");
    assertThat(new TransactionException("Nested transactions are not supported.", null))
        .hasMessage("Nested transactions are not supported.");
  }
}
