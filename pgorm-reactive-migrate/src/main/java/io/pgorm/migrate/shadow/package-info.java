/**
 * The shadow database: a schema file's model materialised in a temporary database and read back, so
 * that its expressions are in the server's own form before they are compared ({@link
 * io.pgorm.migrate.shadow.ShadowDatabase}).
 */
@NullMarked
package io.pgorm.migrate.shadow;

import org.jspecify.annotations.NullMarked;
