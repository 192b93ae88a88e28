package io.dangan.archive.store;

import io.dangan.archive.model.Dossier;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.SubjectId;
import io.dangan.archive.model.UnitId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Dossiers (档案) in the store: one per subject. */
public interface DossierRepository {
    /**
     * Stores a new dossier.
     *
     * @param dossier the dossier at version 0; its subject and custodian must be stored
     * @return the stored dossier
     * @throws io.dangan.archive.ConflictException {@code DUPLICATE} when the id is taken or the subject
     *     already has a dossier (one person, one dossier)
     * @throws io.dangan.archive.NotFoundException when the subject or the custodian unit is not stored
     */
    Dossier insert(Dossier dossier);

    /**
     * Replaces a stored dossier.
     *
     * @param dossier the new state, carrying the version it was read at
     * @return the stored dossier with its version incremented
     * @throws io.dangan.archive.NotFoundException when no dossier has that id
     * @throws io.dangan.archive.ConflictException {@code CONCURRENT_UPDATE} when the stored version differs
     */
    Dossier update(Dossier dossier);

    /**
     * @param id the id
     * @return the dossier, or empty
     */
    Optional<Dossier> find(DossierId id);

    /**
     * @param subject the subject
     * @return the subject's dossier, or empty
     */
    Optional<Dossier> findBySubject(SubjectId subject);

    /**
     * @param custodian the unit holding dossiers
     * @return its dossiers, ordered by id
     */
    List<Dossier> findByCustodian(UnitId custodian);

    /**
     * Streams every dossier ordered by id, reading in batches so memory stays bounded.
     * The stream is valid only inside the session.
     *
     * @return the dossiers
     */
    Stream<Dossier> streamAll();

    /** @return the number of stored dossiers */
    long count();
}
