package io.dangan.archive.store;

/**
 * One session of an {@link ArchiveStore}: the repositories, bound to the session's transaction.
 * Not thread-safe; valid only inside the work function that received it.
 */
public interface StoreSession {
    /** @return subjects (干部) */
    SubjectRepository subjects();

    /** @return units (单位) */
    UnitRepository units();

    /** @return dossiers (档案) */
    DossierRepository dossiers();

    /** @return materials (档案材料) */
    MaterialRepository materials();

    /** @return hand-over records of received materials (移交登记) */
    HandOverRepository handOvers();

    /** @return review records (审核记录) */
    ReviewRepository reviews();

    /** @return the missing-materials register (缺少材料登记) */
    MissingMaterialRepository missingMaterials();

    /** @return the facts materials state, for the special audit (专审) */
    DeclaredFactsRepository declaredFacts();
}
