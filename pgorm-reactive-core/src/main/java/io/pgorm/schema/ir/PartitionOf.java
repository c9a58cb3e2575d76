package io.pgorm.schema.ir;

/**
 * This table is a partition of {@code parent}; {@code bound} is the bound in PostgreSQL's own form
 * ({@code FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')}, {@code FOR VALUES IN (1, 2)}, {@code
 * FOR VALUES WITH (modulus 4, remainder 0)} or {@code DEFAULT}).
 */
public record PartitionOf(QualifiedName parent, String bound) {}
