package io.pgorm.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives the annotated test class a fresh database of its own, created before its tests and dropped
 * after them, injected as a {@link TestDatabase} parameter. Same as
 * {@code @ExtendWith(PgDatabaseExtension.class)}; see {@link PgDatabaseExtension}.
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(PgDatabaseExtension.class)
public @interface PgTest {}
