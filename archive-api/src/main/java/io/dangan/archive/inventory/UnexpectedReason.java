package io.dangan.archive.inventory;

/** Why a tag seen in scope was not expected (多出原因); documented in {@code docs/codes.md}. */
public enum UnexpectedReason {
    /** The tag belongs to no dossier. */
    UNKNOWN_TAG,
    /** The dossier is on loan or in transfer, yet present. */
    ON_LOAN,
    /** The dossier belongs to another scope. */
    OTHER_SCOPE,
    /** The tag was replaced or retired; a stale tag is still on the folder. */
    RETIRED_TAG
}
