/**
 * Conformance kits (一致性测试套件) for implementers: abstract JUnit 5 classes a vendor extends with one or two
 * factory hooks. Behaviour is grouped in {@code @Nested} classes with sentence-style display names; optional
 * capabilities and bench abilities are gated by assumptions, so a test a device cannot run is skipped, not failed.
 */
@NullMarked
package io.dangan.archive.testkit.tck;

import org.jspecify.annotations.NullMarked;
