package io.pgorm.migrate.dev;

import io.pgorm.PgOrm;
import io.pgorm.migrate.MigrationProblem;
import io.pgorm.migrate.MigrationValidationException;
import io.pgorm.migrate.Migrator;
import io.pgorm.migrate.MigratorOptions;
import io.pgorm.migrate.diff.SchemaDiff;
import io.pgorm.migrate.files.MigrationSource;
import io.pgorm.migrate.history.HistoryEntry;
import io.pgorm.migrate.history.HistoryTable;
import io.pgorm.migrate.history.SchemaHash;
import io.pgorm.migrate.introspect.Introspector;
import io.pgorm.migrate.plan.HazardKind;
import io.pgorm.migrate.plan.Plan;
import io.pgorm.migrate.plan.PlanOptions;
import io.pgorm.migrate.plan.Step;
import io.pgorm.migrate.shadow.ShadowDatabase;
import io.pgorm.schema.ir.SchemaModel;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Plans new migrations and finds drift, for {@code pgorm migrate dev} and {@code pgorm migrate
 * status}.
 *
 * <p>Drift is found by replaying, in a shadow database, the migration files that the live
 * database's history says are applied, and comparing the result with the live database (both
 * introspected from the same server, so expressions print alike). This catches every change made
 * outside the migrations, also those made before the newest migration's schema hash was checked; a
 * schema-hash comparison alone could say that something differs, not what. The history table and
 * the partitions of RANGE-partitioned tables are not compared ({@link SchemaHash#relevant}).
 *
 * <p>A new migration is planned from what every file (applied and pending) makes, replayed in the
 * same shadow database, to the declared schema materialised in another ({@link
 * ShadowDatabase#normalize}): the live database is not the starting point, so a migration written
 * on a drifted database is still right for every other database.
 *
 * <pre>{@code
 * MigrationDev dev = MigrationDev.create(live, ShadowDatabase.create(live), MigrationSource.directory(dir));
 * DevPlan plan = dev.plan(declared, PlanOptions.defaults()).block();
 * MigrationFiles.write(dir, "add_orders", Instant.now(), plan);
 * }</pre>
 */
public final class MigrationDev {

  /** Problems that make replaying impossible: the files are not those that were applied. */
  private static final Set<MigrationProblem.Kind> UNREPLAYABLE =
      EnumSet.of(
          MigrationProblem.Kind.CHECKSUM_CHANGED,
          MigrationProblem.Kind.MISSING_FILE,
          MigrationProblem.Kind.UNKNOWN_NEWER);

  private static final PlanOptions ANY = PlanOptions.builder().acceptDataLoss(true).build();

  private final PgOrm live;
  private final ShadowDatabase shadow;
  private final MigrationSource source;
  private final HistoryTable history;

  private MigrationDev(
      PgOrm live, ShadowDatabase shadow, MigrationSource source, HistoryTable history) {
    this.live = live;
    this.shadow = shadow;
    this.source = source;
    this.history = history;
  }

  /**
   * Works on {@code live} with the migrations of {@code source}, replaying them in databases that
   * {@code shadow} makes (on the live database's server, or one of the same major version), with
   * the default history table.
   */
  public static MigrationDev create(PgOrm live, ShadowDatabase shadow, MigrationSource source) {
    return create(live, shadow, source, HistoryTable.DEFAULT);
  }

  /** As {@link #create(PgOrm, ShadowDatabase, MigrationSource)} with this history table. */
  public static MigrationDev create(
      PgOrm live, ShadowDatabase shadow, MigrationSource source, HistoryTable history) {
    return new MigrationDev(live, shadow, source, history);
  }

  /**
   * How the live database differs from its applied migrations. Cold: each subscription reads the
   * live history (creating nothing), replays the applied files in a new shadow database, drops it,
   * and introspects the live database; emits once. Fails with {@link MigrationValidationException}
   * when an applied migration's file is changed or missing (nothing can be replayed), with {@link
   * io.pgorm.migrate.MigrationFailedException} when a file fails in the shadow database, and with
   * the shadow database's and the client's exceptions.
   */
  public Mono<Drift> drift() {
    return replay(false).map(Replay::drift);
  }

  /**
   * The drift, and the plan from what every migration file makes to {@code declared}. Cold: as
   * {@link #drift()}, then the pending files are replayed in the same shadow database, and {@code
   * declared} is materialised in a second one; emits once. Data loss that {@code options} do not
   * accept does not fail the plan: the steps are listed in {@link DevPlan#refused()}, so that the
   * drift can be reported first. Fails as {@link #drift()} does, and with {@link
   * io.pgorm.migrate.shadow.ShadowDatabaseException} when the declared schema cannot be created.
   */
  public Mono<DevPlan> plan(SchemaModel declared, PlanOptions options) {
    return replay(true)
        .flatMap(
            r ->
                shadow
                    .normalize(declared)
                    .map(
                        wanted -> {
                          SchemaModel from = SchemaHash.withoutHistory(r.all(), history);
                          // A schema file pulled from a migrated database declares the history
                          // table too: the runner owns it, so it is never planned.
                          SchemaModel to = SchemaHash.withoutHistory(wanted, history);
                          Plan plan = SchemaDiff.diff(from, to, acceptAll(options));
                          List<Step> refused =
                              plan.stepsWith(HazardKind.DATA_LOSS).stream()
                                  .filter(s -> !options.accepts(s.subject()))
                                  .toList();
                          return new DevPlan(
                              r.drift(),
                              r.pending(),
                              plan,
                              refused,
                              SchemaHash.of(r.all(), history));
                        }));
  }

  private Mono<Replay> replay(boolean pendingToo) {
    return Migrator.create(live, options(source))
        .status()
        .flatMap(
            status -> {
              List<MigrationProblem> broken =
                  status.problems().stream().filter(p -> UNREPLAYABLE.contains(p.kind())).toList();
              if (!broken.isEmpty()) {
                return Mono.error(
                    new MigrationValidationException(
                        "The migration files are not those applied to the database, so they"
                            + " cannot be replayed",
                        status.source(),
                        broken));
              }
              Set<String> applied =
                  status.applied().stream().map(HistoryEntry::version).collect(Collectors.toSet());
              return shadow
                  .use(db -> replayIn(db, applied, pendingToo))
                  .flatMap(
                      r ->
                          Introspector.create(live)
                              .introspect()
                              .map(now -> r.withDrift(drift(applied.size(), r.applied(), now))));
            });
  }

  /** Applies the applied files, reads the schema, then (if asked) the rest, and reads it again. */
  private Mono<Replay> replayIn(PgOrm db, Set<String> applied, boolean pendingToo) {
    Mono<SchemaModel> appliedModel =
        Migrator.create(db, options(new AppliedSource(source, applied)))
            .migrate()
            .then(Introspector.create(db).introspect());
    return appliedModel.flatMap(
        expected -> {
          if (!pendingToo) {
            return Mono.just(new Replay(expected, expected, 0, null));
          }
          return Migrator.create(db, options(source))
              .migrate()
              .flatMap(
                  report ->
                      Introspector.create(db)
                          .introspect()
                          .map(all -> new Replay(expected, all, report.migrations().size(), null)));
        });
  }

  /** The same options with all data loss accepted: the caller decides from the refused steps. */
  private static PlanOptions acceptAll(PlanOptions options) {
    return options.toBuilder().acceptDataLoss(true).build();
  }

  private Drift drift(int applied, SchemaModel expected, SchemaModel live) {
    return new Drift(
        applied,
        SchemaDiff.diff(
            SchemaHash.relevant(expected, history), SchemaHash.relevant(live, history), ANY));
  }

  private MigratorOptions options(MigrationSource migrations) {
    return MigratorOptions.builder()
        .source(migrations)
        .historyTable(history)
        // Drift is compared in full; a hash mismatch in the shadow database is not the question.
        .verifySchemaHash(false)
        .build();
  }

  /** What replaying gave: the applied files' schema, every file's, and (once known) the drift. */
  private record Replay(
      SchemaModel applied, SchemaModel all, int pending, @Nullable Drift driftOrNull) {

    Replay withDrift(Drift d) {
      return new Replay(applied, all, pending, d);
    }

    Drift drift() {
      if (driftOrNull == null) {
        throw new IllegalStateException("drift not computed yet");
      }
      return driftOrNull;
    }
  }
}
