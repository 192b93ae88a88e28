/**
 * Persistence facade (持久化): the metadata store over a Jakarta Persistence
 * {@code EntityManagerFactory} the integrator configures, the list of managed classes, and the
 * shipped SQL migration scripts with a small runner for tests, demos and the CLI.
 */
@NullMarked
package io.dangan.archive.core.persistence;

import org.jspecify.annotations.NullMarked;
