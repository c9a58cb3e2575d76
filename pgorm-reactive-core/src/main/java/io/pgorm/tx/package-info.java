/** Transactions: options, retry policy and the handle a transaction body receives. */
@NullMarked
package io.pgorm.tx;

import org.jspecify.annotations.NullMarked;
