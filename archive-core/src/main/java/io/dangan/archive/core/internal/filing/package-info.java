/**
 * The filing engine (归档引擎): standard resolution, acceptance review, catalogue ordering, completeness
 * audit, migration reports and the special audit (专审), plus the services that run them over the store.
 */
@NullMarked
package io.dangan.archive.core.internal.filing;

import org.jspecify.annotations.NullMarked;
