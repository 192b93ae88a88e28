/**
 * Conformance kits (一致性测试): abstract JUnit 5 contracts that an implementation of an SPI extends
 * with a factory hook, so that every implementation is held to the same behaviour.
 */
@NullMarked
package io.dangan.archive.testkit.tck;

import org.jspecify.annotations.NullMarked;
