/**
 * The hash-chained audit log with signed Merkle checkpoints, its storage SPI and its verifier (审计日志实现).
 */
@NullMarked
package io.dangan.archive.core.internal.audit;

import org.jspecify.annotations.NullMarked;
