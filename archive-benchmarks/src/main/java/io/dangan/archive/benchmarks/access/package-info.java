/**
 * Benchmarks of the access decision point against jCasbin, and of the audit log's appends against a plain
 * JDBC batch insert (访问控制与审计基准).
 */
@NullMarked
package io.dangan.archive.benchmarks.access;

import org.jspecify.annotations.NullMarked;
