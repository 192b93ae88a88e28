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

    /** @return seals and seal leaves (封印), append-only */
    SealRepository seals();
}
