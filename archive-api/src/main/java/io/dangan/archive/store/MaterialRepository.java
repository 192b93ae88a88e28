package io.dangan.archive.store;

import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.Material;
import io.dangan.archive.model.MaterialCategory;
import io.dangan.archive.model.MaterialId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Materials (档案材料) in the store. */
public interface MaterialRepository {
    /**
     * Stores a new material.
     *
     * @param material the material at version 0; its dossier must be stored
     * @return the stored material
     * @throws io.dangan.archive.ConflictException {@code DUPLICATE} when the id is taken
     * @throws io.dangan.archive.NotFoundException when the dossier is not stored
     */
    Material insert(Material material);

    /**
     * Replaces a stored material.
     *
     * @param material the new state, carrying the version it was read at
     * @return the stored material with its version incremented
     * @throws io.dangan.archive.NotFoundException when no material has that id
     * @throws io.dangan.archive.ConflictException {@code CONCURRENT_UPDATE} when the stored version differs
     */
    Material update(Material material);

    /**
     * @param id the id
     * @return the material, or empty
     */
    Optional<Material> find(MaterialId id);

    /**
     * @param dossier the dossier
     * @return its materials in catalogue order: by category, then sequence, then id
     */
    List<Material> findByDossier(DossierId dossier);

    /**
     * @param dossier the dossier
     * @param category the category
     * @return the dossier's materials in that category, by sequence then id
     */
    List<Material> findByDossierAndCategory(DossierId dossier, MaterialCategory category);

    /**
     * Streams every material ordered by dossier, category, sequence and id, reading in batches so
     * memory stays bounded. The stream is valid only inside the session.
     *
     * @return the materials
     */
    Stream<Material> streamAll();

    /** @return the number of stored materials */
    long count();
}
