package io.dangan.archive.filing;

import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.MaterialId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A registered hand-over record (移交登记): who sent which materials for which dossier, and who received
 * them when.
 *
 * <p>Construction throws {@link io.dangan.archive.InvalidInputException} when a text field does not validate.
 *
 * @param id the record's id
 * @param dossier the dossier
 * @param sourceUnit the forming unit
 * @param deliveredBy who handed them over
 * @param receivedDate the date received
 * @param items the materials with their formalities, in the order listed
 * @param receivedBy the archivist who registered them
 * @param registeredAt when they were registered, from the archive's clock
 */
public record HandOver(HandOverId id, DossierId dossier, String sourceUnit, String deliveredBy, LocalDate receivedDate,
        List<HandOverItem> items, String receivedBy, Instant registeredAt) {
    public HandOver {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dossier, "dossier");
        sourceUnit = Texts.require(sourceUnit, "handOver/sourceUnit", 128);
        deliveredBy = Texts.require(deliveredBy, "handOver/deliveredBy", 64);
        Objects.requireNonNull(receivedDate, "receivedDate");
        items = List.copyOf(items);
        receivedBy = Texts.require(receivedBy, "handOver/receivedBy", 64);
        Objects.requireNonNull(registeredAt, "registeredAt");
    }

    /** @return the materials' ids, in the order listed */
    public List<MaterialId> materials() {
        return items.stream().map(HandOverItem::material).toList();
    }

    /**
     * @param material a material
     * @return its item, or empty when this record does not list it
     */
    public java.util.Optional<HandOverItem> item(MaterialId material) {
        return items.stream().filter(i -> i.material().equals(material)).findFirst();
    }
}
