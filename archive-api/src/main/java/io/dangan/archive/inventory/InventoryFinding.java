package io.dangan.archive.inventory;

import io.dangan.archive.model.DossierId;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One item's outcome in an inventory (盘点明细).
 *
 * @param kind the outcome
 * @param dossier the dossier, or {@code null} for an unknown tag
 * @param tag the tag's hexadecimal code
 * @param expectedLocation where the records say it is, or {@code null} when not expected
 * @param observedLocation where the readers placed it, or {@code null} when not seen
 * @param reason why it was unexpected, or {@code null} for other kinds
 */
public record InventoryFinding(FindingKind kind, @Nullable DossierId dossier, String tag, @Nullable String expectedLocation,
        @Nullable String observedLocation, @Nullable UnexpectedReason reason) {
    public InventoryFinding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(tag, "tag");
        if ((kind == FindingKind.UNEXPECTED) != (reason != null)) {
            throw new IllegalArgumentException("an UNEXPECTED finding needs a reason, and only it has one");
        }
    }
}
