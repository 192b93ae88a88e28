/**
 * The access decision point, guard, approval workflow and in-memory directory (访问控制实现).
 */
@NullMarked
package io.dangan.archive.core.internal.access;

import org.jspecify.annotations.NullMarked;
