package io.pgorm.migrate.internal.introspect;

import java.util.List;

/** Everything the catalog queries returned, read in one snapshot. */
record Catalog(
    List<SchemaRow> schemas,
    List<ExtensionRow> extensions,
    List<RelationRow> relations,
    List<ColumnRow> columns,
    List<SequenceRow> sequences,
    List<ConstraintRow> constraints,
    List<IndexRow> indexes,
    List<TriggerRow> triggers,
    List<PolicyRow> policies,
    List<TypeRow> types,
    List<RoutineRow> routines,
    List<RoutineArgRow> routineArgs,
    List<GrantRow> grants,
    List<RoleRow> roles) {}
