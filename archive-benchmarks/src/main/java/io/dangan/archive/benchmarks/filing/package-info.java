/**
 * Benchmarks of filing (归档): the completeness audit of one dossier and of a province-sized repository
 * streamed in store order.
 */
@NullMarked
package io.dangan.archive.benchmarks.filing;

import org.jspecify.annotations.NullMarked;
