package io.dangan.archive.store;

import io.dangan.archive.filing.DeclaredFacts;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.MaterialId;
import java.util.List;
import java.util.Optional;

/** The facts materials state (材料记载信息), kept for the special audit; one sheet per material. */
public interface DeclaredFactsRepository {
    /**
     * Stores the facts of a material, replacing earlier ones.
     *
     * @param facts the facts; the material must be stored
     * @return the stored facts
     * @throws io.dangan.archive.NotFoundException when the material is not stored
     */
    DeclaredFacts put(DeclaredFacts facts);

    /**
     * @param material the material
     * @return its facts, or empty
     */
    Optional<DeclaredFacts> find(MaterialId material);

    /**
     * @param dossier the dossier
     * @return the facts of its materials, by material id
     */
    List<DeclaredFacts> findByDossier(DossierId dossier);
}
