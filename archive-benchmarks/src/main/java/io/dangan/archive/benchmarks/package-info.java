/**
 * JMH benchmarks (性能基准) of Dangan, each beside its peer measured in the same run; results are
 * recorded in {@code docs/benchmarks.md}.
 */
@NullMarked
package io.dangan.archive.benchmarks;

import org.jspecify.annotations.NullMarked;
