package io.dangan.archive.inventory;

/** The state of a tag binding (标签状态). */
public enum TagStatus {
    /** The tag identifies its dossier. */
    ACTIVE,
    /** The tag was damaged or lost and replaced by a new one. */
    REPLACED,
    /** The tag was retired (the dossier left the archive, was destroyed or merged). */
    RETIRED
}
