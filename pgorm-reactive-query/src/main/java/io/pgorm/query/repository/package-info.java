/**
 * Repositories: CRUD, filtering, sorting, offset and keyset pagination, optimistic locking and
 * relation loading over one table, on a generic base ({@link
 * io.pgorm.query.repository.BaseRepository}) that generated repositories extend.
 */
@NullMarked
package io.pgorm.query.repository;

import org.jspecify.annotations.NullMarked;
