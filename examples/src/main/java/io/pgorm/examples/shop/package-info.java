/**
 * The shop example: {@code src/main/pgorm/shop.pgorm} declares every construct of the schema
 * language; the build generates {@code io.pgorm.examples.shop.db} from it (pgorm:generate) and
 * compiles it with this package, which uses the generated records and metamodels.
 */
@NullMarked
package io.pgorm.examples.shop;

import org.jspecify.annotations.NullMarked;
