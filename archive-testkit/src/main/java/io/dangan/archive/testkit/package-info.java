/**
 * Test support for Dangan and its integrators (测试工具): in-memory fakes of the storage SPIs,
 * fixtures and jqwik arbitraries for the model values.
 */
@NullMarked
package io.dangan.archive.testkit;

import org.jspecify.annotations.NullMarked;
