/**
 * Inventory (盘点): location resolution from noisy reads, reconciliation and gate control: implementation detail of archive-core, reached through
 * {@link io.dangan.archive.core.Hardware}.
 */
@NullMarked
package io.dangan.archive.core.internal.inventory;

import org.jspecify.annotations.NullMarked;
