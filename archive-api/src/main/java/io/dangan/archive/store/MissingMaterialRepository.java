package io.dangan.archive.store;

import io.dangan.archive.filing.MissingMaterialEntry;
import io.dangan.archive.model.DossierId;
import java.util.List;

/**
 * The missing-materials register (缺少材料登记): one entry per dossier and material type, kept after it is
 * resolved so the history of chasing stays visible.
 */
public interface MissingMaterialRepository {
    /**
     * Stores an entry, replacing the one with the same dossier and type code.
     *
     * @param entry the entry; its dossier must be stored
     * @return the stored entry
     * @throws io.dangan.archive.NotFoundException when the dossier is not stored
     */
    MissingMaterialEntry put(MissingMaterialEntry entry);

    /**
     * @param dossier the dossier
     * @return its entries, open and resolved, by type code
     */
    List<MissingMaterialEntry> findByDossier(DossierId dossier);
}
