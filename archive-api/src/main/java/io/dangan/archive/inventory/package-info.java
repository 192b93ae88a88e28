/**
 * Tags, inventory (盘点) and gate control: the dossier's tag binding (一人一档一码), the reconciliation of what an
 * inventory expected with what the readers saw, the custody lookup the gate needs, and their domain events.
 */
@NullMarked
package io.dangan.archive.inventory;

import org.jspecify.annotations.NullMarked;
