package io.pgorm.test.internal;

/**
 * A resolved server: how it was found, and the superuser's endpoint on its maintenance database.
 *
 * @param label how the server was resolved, e.g. {@code PGORM_TEST_URL} or {@code testcontainers}
 * @param admin the superuser on the maintenance database
 * @param disposable whether the server dies with this JVM, so that nothing on it needs cleaning
 */
public record ServerSpec(String label, Endpoint admin, boolean disposable) {}
