package io.pgorm.error;

import org.jspecify.annotations.Nullable;

/**
 * A configuration value is missing or invalid (a URL part, a builder setting, an environment
 * variable). Client-side: no SQLSTATE. The message names the option, where it came from, what is
 * wrong, and what to do:
 *
 * <pre>{@code
 * Invalid option 'maxSize' in the connection URL: must be at least 1, was 0. Hint: set maxSize to 1 or more.
 * }</pre>
 *
 * <p>Never put a password, or a URL that carries one, into {@code problem} or {@code source}: the
 * message ends up in logs.
 */
public class ConfigurationException extends PgOrmException {

  private static final long serialVersionUID = 1L;

  private final String option;
  private final String problem;
  private final @Nullable String source;
  private final @Nullable String hint;

  /** Same as the constructor with a cause, without one. */
  public ConfigurationException(
      String option, String problem, @Nullable String source, @Nullable String hint) {
    this(option, problem, source, hint, null);
  }

  /**
   * An invalid option.
   *
   * @param option the option's name, e.g. {@code maxSize} or {@code host}
   * @param problem what is wrong, with the offending value if it is not secret, e.g. {@code must be
   *     at least 1, was 0}
   * @param source where the value came from, e.g. {@code the connection URL}, {@code PGORM_URL},
   *     {@code PgOrmConfig.Builder}; {@code null} if unknown
   * @param hint what to do; {@code null} if nothing useful can be said
   * @param cause the parse error or similar, if any
   */
  public ConfigurationException(
      String option,
      String problem,
      @Nullable String source,
      @Nullable String hint,
      @Nullable Throwable cause) {
    super(
        Messages.forClient(
            "Invalid option '" + option + "'" + (source == null ? "" : " in " + source),
            problem,
            hint),
        cause);
    this.option = option;
    this.problem = problem;
    this.source = source;
    this.hint = hint;
  }

  /** The option's name. */
  public String option() {
    return option;
  }

  /** What is wrong with it. */
  public String problem() {
    return problem;
  }

  /** Where the value came from, or {@code null} if unknown. */
  public @Nullable String source() {
    return source;
  }

  /** What to do, or {@code null}. */
  public @Nullable String hint() {
    return hint;
  }
}
