package io.pgorm.error;

import org.jspecify.annotations.Nullable;

/**
 * A transaction was used wrongly on the client side, e.g. work submitted to a transaction that has
 * already committed or rolled back, or a nested transaction where none is supported. Errors the
 * server reports inside a transaction are translated like any other (see {@link
 * InvalidTransactionStateException} for class {@code 25}). The message is {@code problem. Hint:
 * hint.}, e.g.
 *
 * <pre>{@code
 * Transaction 7 already rolled back: cannot run "insert into account ...". Hint: start a new transaction.
 * }</pre>
 */
public class TransactionException extends PgOrmException {

  private static final long serialVersionUID = 1L;

  private final @Nullable String hint;

  /** Same as the constructor with a cause, without one. */
  public TransactionException(String problem, @Nullable String hint) {
    this(problem, hint, null);
  }

  /**
   * A client-side transaction misuse.
   *
   * @param problem what failed, naming the transaction and the operation
   * @param hint what to do; {@code null} if nothing useful can be said
   * @param cause the underlying exception, if any
   */
  public TransactionException(String problem, @Nullable String hint, @Nullable Throwable cause) {
    super(message(problem, hint), cause);
    this.hint = hint;
  }

  private static String message(String problem, @Nullable String hint) {
    String sentence = Messages.sentence(problem);
    return hint == null ? sentence : sentence + " Hint: " + Messages.sentence(hint);
  }

  /** What to do, or {@code null}. */
  public @Nullable String hint() {
    return hint;
  }
}
