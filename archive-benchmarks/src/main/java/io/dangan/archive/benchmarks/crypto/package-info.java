/**
 * Integrity benchmarks (完整性基准): streaming digests, Merkle roots, SM2 signatures and content-store
 * verification, each beside its raw peer measured in the same run.
 */
@NullMarked
package io.dangan.archive.benchmarks.crypto;

import org.jspecify.annotations.NullMarked;
