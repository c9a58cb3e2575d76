/**
 * Implementation of the test support: URL parsing, the Docker probe, the embedded and container
 * servers, and the blocking SQL the extension runs. Not API: may change in any release.
 */
@NullMarked
package io.pgorm.test.internal;

import org.jspecify.annotations.NullMarked;
