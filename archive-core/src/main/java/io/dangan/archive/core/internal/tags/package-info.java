/**
 * The tag registry (标签登记): implementation detail of archive-core, reached through
 * {@link io.dangan.archive.core.Hardware}.
 */
@NullMarked
package io.dangan.archive.core.internal.tags;

import org.jspecify.annotations.NullMarked;
