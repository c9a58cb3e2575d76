package io.pgorm.cli;

import io.pgorm.PgOrm;
import io.pgorm.cli.internal.Clients;
import io.pgorm.cli.internal.Exit;
import io.pgorm.migrate.MigrationResolver;
import io.pgorm.migrate.MigratorOptions;
import io.pgorm.migrate.history.HistoryEntry;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pgorm migrate resolve --url URL --dir DIR --applied|--rolled-back VERSION}. */
@Command(
    name = "resolve",
    mixinStandardHelpOptions = true,
    description = {
      "Correct the history after a manual fix, running nothing: --applied VERSION records the"
          + " migration as applied (made or finished by hand), --rolled-back VERSION as rolled"
          + " back (undone by hand; it is pending again).",
      "VERSION is the directory's time stamp, with or without _name. Exit 1 for a version that"
          + " is neither in DIR nor in the history; refused (exit 2, nothing changed) when it is"
          + " already in that state, when older migrations are pending (--applied), when it is"
          + " not the newest applied one (--rolled-back), or when its up.sql is not the file that"
          + " ran."
    })
final class MigrateResolveCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin MigrationTarget target;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Mark mark;

  static final class Mark {
    @Option(
        names = "--applied",
        paramLabel = "VERSION",
        description = "mark this migration applied")
    @Nullable String applied;

    @Option(
        names = "--rolled-back",
        paramLabel = "VERSION",
        description = "mark this migration rolled back")
    @Nullable String rolledBack;
  }

  @Override
  public Integer call() {
    try (PgOrm db = target.open()) {
      MigrationResolver resolver =
          MigrationResolver.create(db, MigratorOptions.builder().location(target.dir).build());
      String applied = mark.applied;
      HistoryEntry e =
          applied != null
              ? Clients.await(resolver.markApplied(applied), "resolve")
              : Clients.await(resolver.markRolledBack(version(mark.rolledBack)), "resolve");
      spec.commandLine()
          .getOut()
          .printf("Marked %s %s (nothing was run).%n", e.id(), e.state().code().replace('_', ' '));
      return Exit.OK;
    }
  }

  private static String version(@Nullable String v) {
    if (v == null) {
      throw new IllegalStateException("picocli requires one of --applied and --rolled-back");
    }
    return v;
  }
}
