package io.dangan.archive.store;

import io.dangan.archive.filing.HandOver;
import io.dangan.archive.filing.HandOverId;
import io.dangan.archive.model.DossierId;
import java.util.List;
import java.util.Optional;

/** Hand-over records (移交登记) of received materials. Records are immutable once stored. */
public interface HandOverRepository {
    /**
     * Stores a new hand-over record.
     *
     * @param handOver the record; its dossier must be stored
     * @return the stored record
     * @throws io.dangan.archive.ConflictException {@code DUPLICATE} when the id is taken
     * @throws io.dangan.archive.NotFoundException when the dossier is not stored
     */
    HandOver insert(HandOver handOver);

    /**
     * @param id the id
     * @return the record, or empty
     */
    Optional<HandOver> find(HandOverId id);

    /**
     * @param dossier the dossier
     * @return its hand-over records, by registration time then id
     */
    List<HandOver> findByDossier(DossierId dossier);

    /**
     * @param material a material
     * @return the hand-over record that lists it, or empty
     */
    Optional<HandOver> findByMaterial(io.dangan.archive.model.MaterialId material);
}
