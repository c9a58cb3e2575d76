/**
 * Real PostgreSQL for tests and examples. {@link io.pgorm.test.DatabaseResolver} finds a server (a
 * URL from {@code PGORM_TEST_URL}/{@code PGORM_URL}, else Docker, else embedded PostgreSQL 17);
 * {@link io.pgorm.test.PgTest} gives each JUnit 5 test class a fresh {@link
 * io.pgorm.test.TestDatabase}, dropped after it, with a non-superuser {@link
 * io.pgorm.test.DatabaseRole} for row-level security tests. See {@code docs/testing.md}.
 */
@NullMarked
package io.pgorm.test;

import org.jspecify.annotations.NullMarked;
