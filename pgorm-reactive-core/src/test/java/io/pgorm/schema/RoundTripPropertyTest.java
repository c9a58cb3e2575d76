package io.pgorm.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgorm.schema.gen.IrGenerator;
import io.pgorm.schema.ir.SchemaModel;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

/**
 * {@code parse(print(ir))} equals {@code ir} for generated IRs that use every construct of the
 * language; the statistics report which constructs each run generated, and the coverage check fails
 * the run if one was never generated.
 */
class RoundTripPropertyTest {

  /** Every construct the generator knows; the coverage check wants each at least once. */
  private static final List<String> CONSTRUCTS =
      List.of(
          "schema",
          "extension",
          "role",
          "enum",
          "composite type",
          "domain",
          "domain check",
          "comment on domain check",
          "sequence",
          "sequence owned by",
          "model",
          "nullable column",
          "type builtin",
          "type numeric",
          "type varchar(n)",
          "type char(n)",
          "type timestamp(p)",
          "type interval fields",
          "type bit(n)",
          "type array",
          "type user",
          "type extension",
          "@default",
          "@identity",
          "serial",
          "@generated",
          "@collate",
          "comment on column",
          "comment on model",
          "comment on schema",
          "comment on composite field",
          "comment on view column",
          "@renamedFrom on column",
          "@@renamedFrom on model",
          "@@java",
          "name that needs quoting",
          "primary key",
          "composite primary key",
          "unique",
          "unique nulls not distinct",
          "check",
          "foreign key",
          "self foreign key",
          "on delete set (columns)",
          "exclusion constraint",
          "default constraint name",
          "explicit constraint name",
          "index expression",
          "index opclass",
          "index include",
          "partial index",
          "index storage parameters",
          "index using btree",
          "index using hash",
          "index using gist",
          "index using spgist",
          "index using gin",
          "index using brin",
          "index using hnsw",
          "index using ivfflat",
          "@@rls",
          "@@rls(enabled: false)",
          "policy all",
          "policy select",
          "policy insert",
          "policy update",
          "policy delete",
          "@@notify",
          "@@unlogged",
          "table storage parameters",
          "toast storage parameters",
          "storage parameters on partition",
          "constraint and rls on partition",
          "relation N:1",
          "relation 1:N",
          "relation 1:1 owning",
          "relation 1:1 inverse",
          "relation M:N",
          "partition by range",
          "partition by list",
          "partition by hash",
          "partition key expression",
          "partition key with collation and opclass",
          "partition",
          "default partition",
          "sub-partitioning",
          "index on partition",
          "@@managedPartitions",
          "view",
          "materialized view",
          "view column",
          "index on materialized view",
          "materialized view with no data",
          "function",
          "procedure",
          "trigger function",
          "argument mode in",
          "argument mode out",
          "argument mode inout",
          "argument mode variadic",
          "argument default",
          "returns setof",
          "returns table",
          "set search_path",
          "leakproof",
          "cost",
          "rows",
          "trigger before",
          "trigger after",
          "trigger instead of",
          "trigger on view per statement",
          "constraint trigger",
          "constraint trigger from",
          "trigger for each row",
          "trigger for each statement",
          "trigger update of",
          "trigger transition tables",
          "grant on table",
          "grant on columns",
          "grant on sequence",
          "grant on routine",
          "grant on schema",
          "grant on type");

  @Property(tries = 1000)
  void printThenParseGivesTheSameSchema(@ForAll long seed) {
    IrGenerator generator = new IrGenerator(seed);
    SchemaModel model = generator.generate();
    generator.features().all().forEach(feature -> Statistics.label("construct").collect(feature));
    Statistics.label("construct")
        .coverage(checker -> CONSTRUCTS.forEach(c -> checker.check(c).count(n -> n > 0)));
    String text = Schemas.print(model);
    SchemaModel back;
    try {
      back = Schemas.parse("generated.pgorm", text);
    } catch (SchemaException e) {
      throw new AssertionError(e.getMessage() + "\n--- printed:\n" + text, e);
    }
    assertThat(back).as("printed:\n%s", text).isEqualTo(model);
    assertThat(Schemas.print(back)).isEqualTo(text);
  }
}
