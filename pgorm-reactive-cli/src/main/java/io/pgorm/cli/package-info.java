/**
 * The {@code pgorm} command: {@link io.pgorm.cli.Pgorm} and its subcommands. Exit codes: 0 done, 1
 * the input is wrong (schema errors as {@code FILE:LINE:COL} with a caret line on stderr) or a file
 * cannot be read or written, 2 the command line is wrong.
 */
@NullMarked
package io.pgorm.cli;

import org.jspecify.annotations.NullMarked;
