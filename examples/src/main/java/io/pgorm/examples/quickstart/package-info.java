/** The quickstart: connect, create a table, write in a transaction, read, print pool metrics. */
@NullMarked
package io.pgorm.examples.quickstart;

import org.jspecify.annotations.NullMarked;
