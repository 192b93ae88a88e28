/**
 * Benchmarks of the model's validators.
 */
@NullMarked
package io.dangan.archive.benchmarks.model;

import org.jspecify.annotations.NullMarked;
