/**
 * The hardware-facing engines' public interfaces (硬件接入): the tag registry that writes tags, location tracking
 * and reconciliation for inventory (盘点), and gate control. Obtain them from {@link io.dangan.archive.core.Hardware}.
 */
@NullMarked
package io.dangan.archive.core.hardware;

import org.jspecify.annotations.NullMarked;
