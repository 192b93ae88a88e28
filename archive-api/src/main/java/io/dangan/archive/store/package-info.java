/**
 * Storage SPIs (存储接口): the transactional metadata store with its repositories, implemented by
 * core over Jakarta Persistence and by the testkit in memory; both pass the same contract tests.
 */
@NullMarked
package io.dangan.archive.store;

import org.jspecify.annotations.NullMarked;
