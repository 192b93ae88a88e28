package io.dangan.archive.testkit;

import io.dangan.archive.filing.FindingCode;

/**
 * A defect {@link DossierBuilder#plant} puts into a complete dossier; each should be reported by the
 * completeness audit as exactly one finding of {@link #expected()}.
 */
public enum PlantedDefect {
    /** Removes every material of one required type and renumbers their categories. */
    MISSING_REQUIRED(FindingCode.MISSING_REQUIRED),
    /** Moves a material to another category (appended there, its old category renumbered). */
    MISFILED(FindingCode.MISFILED),
    /** Gives a material a type code the standard does not define (the type was not required). */
    UNKNOWN_TYPE(FindingCode.UNKNOWN_TYPE),
    /** Makes a material arrive one day after the filing deadline. */
    LATE(FindingCode.LATE),
    /** Gives a material the content files of another. */
    DUPLICATE_CONTENT(FindingCode.DUPLICATE_CONTENT),
    /** Raises the last sequence number of a category by one. */
    NUMBERING_GAP(FindingCode.NUMBERING_GAP),
    /** Gives the last material of a category the sequence number of the one before it. */
    NUMBERING_DUPLICATE(FindingCode.NUMBERING_DUPLICATE);

    private final FindingCode expected;

    PlantedDefect(FindingCode expected) {
        this.expected = expected;
    }

    /** @return the finding the audit should report once */
    public FindingCode expected() {
        return expected;
    }
}
