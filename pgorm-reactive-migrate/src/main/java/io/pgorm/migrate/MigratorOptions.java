package io.pgorm.migrate;

import io.pgorm.migrate.files.MigrationSource;
import io.pgorm.migrate.history.HistoryTable;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** How a {@link Migrator} runs. Immutable; made with {@link #builder()}. */
public final class MigratorOptions {

  /**
   * The default advisory lock key: the ASCII bytes of {@code pgormmig} as a {@code bigint}. Every
   * runner on a database must use the same key; other code must not take this lock.
   */
  public static final long DEFAULT_LOCK_KEY = 0x70676f726d6d6967L;

  private final MigrationSource source;
  private final HistoryTable historyTable;
  private final long lockKey;
  private final Duration lockWaitTimeout;
  private final @Nullable Duration lockTimeout;
  private final boolean verifySchemaHash;
  private final Clock clock;
  private final MigrationListener listener;

  private MigratorOptions(Builder b) {
    this.source = b.source != null ? b.source : MigrationSource.of("classpath:db/migrations");
    this.historyTable = b.historyTable;
    this.lockKey = b.lockKey;
    this.lockWaitTimeout = b.lockWaitTimeout;
    this.lockTimeout = b.lockTimeout;
    this.verifySchemaHash = b.verifySchemaHash;
    this.clock = b.clock;
    this.listener = b.listener;
  }

  /** Every option at its default: migrations at {@code classpath:db/migrations}. */
  public static MigratorOptions defaults() {
    return builder().build();
  }

  /** A builder with every option at its default. */
  public static Builder builder() {
    return new Builder();
  }

  /** Where the migrations are read from. */
  public MigrationSource source() {
    return source;
  }

  /** The history table. */
  public HistoryTable historyTable() {
    return historyTable;
  }

  /** The key of the session-level advisory lock that runners take. */
  public long lockKey() {
    return lockKey;
  }

  /** How long a runner waits for the lock before failing; {@link Duration#ZERO} for no limit. */
  public Duration lockWaitTimeout() {
    return lockWaitTimeout;
  }

  /** {@code lock_timeout} for each migration's statements, or null to keep the session's. */
  public @Nullable Duration lockTimeout() {
    return lockTimeout;
  }

  /** Whether {@code -- pgorm:schema-hash} headers are checked before a migration is applied. */
  public boolean verifySchemaHash() {
    return verifySchemaHash;
  }

  /** The clock for {@code applied_at} and durations. */
  public Clock clock() {
    return clock;
  }

  /** Hears what the runner does. */
  public MigrationListener listener() {
    return listener;
  }

  /** Builds {@link MigratorOptions}. */
  public static final class Builder {

    private @Nullable MigrationSource source;
    private HistoryTable historyTable = HistoryTable.DEFAULT;
    private long lockKey = DEFAULT_LOCK_KEY;
    private Duration lockWaitTimeout = Duration.ofMinutes(10);
    private @Nullable Duration lockTimeout;
    private boolean verifySchemaHash = true;
    private Clock clock = Clock.systemUTC();
    private MigrationListener listener = MigrationListener.NONE;

    private Builder() {}

    /**
     * Where the migrations are: {@code classpath:db/migrations} (the default, read with the
     * thread's context class loader when {@link #build()} runs) or a directory path. See {@link
     * MigrationSource#of(String)}.
     */
    public Builder location(String location) {
      this.source = MigrationSource.of(location);
      return this;
    }

    /** The migrations are in this directory. Default: {@code classpath:db/migrations}. */
    public Builder location(Path directory) {
      this.source = MigrationSource.directory(directory);
      return this;
    }

    /** The migrations come from this source. Default: {@code classpath:db/migrations}. */
    public Builder source(MigrationSource source) {
      this.source = Objects.requireNonNull(source, "source");
      return this;
    }

    /** The history table. Default: {@code pgorm.schema_migrations}. */
    public Builder historyTable(HistoryTable table) {
      this.historyTable = Objects.requireNonNull(table, "table");
      return this;
    }

    /** The advisory lock key. Default: {@link #DEFAULT_LOCK_KEY}. */
    public Builder lockKey(long key) {
      this.lockKey = key;
      return this;
    }

    /**
     * How long to wait for the migration lock while another runner holds it; then the run fails
     * with {@link MigrationLockException}. {@link Duration#ZERO} waits for as long as it takes.
     * Default: 10 minutes.
     */
    public Builder lockWaitTimeout(Duration timeout) {
      if (timeout.isNegative()) {
        throw new IllegalArgumentException(
            "Invalid lockWaitTimeout: must not be negative, was "
                + timeout
                + ". Hint: use Duration.ZERO to wait without a limit.");
      }
      this.lockWaitTimeout = timeout;
      return this;
    }

    /**
     * {@code lock_timeout} for the statements of each migration ({@code SET LOCAL lock_timeout} in
     * each of its transactions): a migration that waits longer for a table lock fails (SQLSTATE
     * 55P03) instead of queueing every query on that table behind it. A file's {@code -- pgorm:
     * lock-timeout} overrides it. Default: null, the session's setting (the client's {@code
     * lockTimeout}, else the server's).
     */
    public Builder lockTimeout(@Nullable Duration timeout) {
      if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
        throw new IllegalArgumentException(
            "Invalid lockTimeout: must be positive, was "
                + timeout
                + ". Hint: use null to keep the session's lock_timeout.");
      }
      this.lockTimeout = timeout;
      return this;
    }

    /**
     * Whether to check a migration's {@code -- pgorm:schema-hash} against the database before
     * applying it (which introspects the database, on a pooled connection). Default: true.
     */
    public Builder verifySchemaHash(boolean verify) {
      this.verifySchemaHash = verify;
      return this;
    }

    /** The clock for {@code applied_at} and durations. Default: {@link Clock#systemUTC()}. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Hears what the runner does. Default: {@link MigrationListener#NONE}. */
    public Builder listener(MigrationListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    public MigratorOptions build() {
      return new MigratorOptions(this);
    }
  }
}
