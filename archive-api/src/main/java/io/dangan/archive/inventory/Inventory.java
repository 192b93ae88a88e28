package io.dangan.archive.inventory;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Reconciles an inventory (盘点核对): what was expected in a scope against where each tag was placed by location
 * resolution. Emits an {@link InventoryCompleted}. Thread-safe.
 */
public interface Inventory {
    /**
     * @param scope the scope
     * @param windowStart when reading started
     * @param windowEnd when it ended
     * @param expected the items expected in scope
     * @param observed each tag seen (hexadecimal code) and the location it was placed at
     * @param uncovered locations whose reader or antenna was down during the window
     * @param actor who ran it
     * @return the report
     * @throws io.dangan.archive.InvalidInputException {@code INVENTORY_INVALID} for a window that ends before it
     *     starts or an expected item outside the scope
     */
    InventoryReport reconcile(InventoryScope scope, Instant windowStart, Instant windowEnd,
            Collection<ExpectedItem> expected, Map<String, String> observed, Set<String> uncovered, String actor);
}
