package io.dangan.archive.dossier;

import io.dangan.archive.model.Dossier;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.Material;
import io.dangan.archive.model.Subject;
import io.dangan.archive.model.SubjectId;
import io.dangan.archive.model.Unit;
import io.dangan.archive.model.UnitId;
import java.util.Optional;

/**
 * Registers units, subjects (cadres), their dossiers (one person, one dossier) and materials, and reads
 * them back.
 *
 * <p>Every method validates its input first and then changes the store in one transaction; on any
 * error nothing is written. Each change emits one event ({@link UnitRegistered}, {@link SubjectRegistered},
 * {@link DossierOpened}, {@link MaterialRecorded}) after its transaction committed. Implementations are
 * thread-safe.
 */
public interface DossierService {

    /**
     * Registers a unit.
     *
     * @param unit the unit; its parent, if any, must be registered
     * @return the stored unit
     * @throws io.dangan.archive.ConflictException {@code DUPLICATE} for a taken id or unit code
     * @throws io.dangan.archive.NotFoundException when the parent is unknown
     */
    Unit registerUnit(Unit unit);

    /**
     * Registers a subject.
     *
     * @param subject the subject at version 0
     * @return the stored subject
     * @throws io.dangan.archive.InvalidInputException {@code DATE_IN_FUTURE} when a recorded date lies after
     *     today on the archive's clock
     * @throws io.dangan.archive.ConflictException {@code DUPLICATE} for a taken id or citizen id
     */
    Subject registerSubject(Subject subject);

    /**
     * Opens the dossier of a registered subject.
     *
     * @param id the new dossier's id
     * @param subject the subject
     * @param custodian the unit that will hold it
     * @return the stored dossier, active, at version 0
     * @throws io.dangan.archive.NotFoundException when the subject or the unit is unknown
     * @throws io.dangan.archive.ConflictException {@code DUPLICATE} when the subject already has a dossier
     */
    Dossier openDossier(DossierId id, SubjectId subject, UnitId custodian);

    /**
     * Records a material into a dossier as received (not yet reviewed or filed).
     *
     * @param material the material at version 0
     * @return the stored material
     * @throws io.dangan.archive.InvalidInputException {@code DATE_ORDER} when it was formed before the
     *     subject's birth, {@code DATE_IN_FUTURE} when formed after today
     * @throws io.dangan.archive.NotFoundException when the dossier is unknown
     * @throws io.dangan.archive.ConflictException {@code DUPLICATE} for a taken id
     */
    Material recordMaterial(Material material);

    /**
     * Reads a dossier with its subject and materials in catalogue order.
     *
     * @param id the dossier
     * @return the view, or empty when no such dossier exists
     */
    Optional<DossierView> view(DossierId id);
}
