/**
 * Test kit (测试工具包) for integrators, vendors and the SDK's own tests: a manual clock, recording
 * event sink, realistic fixtures, in-memory stores, fakes and jqwik arbitraries.
 */
@NullMarked
package io.dangan.archive.testkit;

import org.jspecify.annotations.NullMarked;
