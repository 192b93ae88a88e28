/**
 * Conformance kits (一致性测试): abstract JUnit 5 contracts that an implementation of an SPI extends
 * with a factory hook, so that every implementation is held to the same behaviour. Behaviour is grouped in
 * {@code @Nested} classes with sentence-style display names; optional capabilities and bench abilities are gated by
 * assumptions, so a test an implementation cannot run is skipped, not failed.
 */
@NullMarked
package io.dangan.archive.testkit.tck;

import org.jspecify.annotations.NullMarked;
