package io.dangan.archive;

/**
 * Stable error codes (错误代码) carried by every {@link ArchiveException}.
 *
 * <p>The constant's name is the code: it never changes once released, so callers and
 * log scanners may match on {@link #name()}. Each code is documented in {@code docs/codes.md}
 * with its meaning and the usual remedy. Codes are grouped by area; new codes are appended
 * to their area's block.
 */
public enum ErrorCode {
    // ---- general input --------------------------------------------------------------------
    /** A required value is missing or blank. */
    REQUIRED_VALUE_MISSING,
    /** A value is outside its allowed range or format. */
    VALUE_OUT_OF_RANGE,
    /** A text value is longer than its field allows. */
    VALUE_TOO_LONG,
    /** A date lies in the future relative to the archive's clock. */
    DATE_IN_FUTURE,
    /** Two dates are in the wrong order (e.g. a material formed before the subject's birth). */
    DATE_ORDER,

    // ---- identity codes (GB 11643, GB 32100) ----------------------------------------------
    /** A citizen id has the wrong length. */
    CITIZEN_ID_LENGTH,
    /** A citizen id has a character outside its alphabet at some position. */
    CITIZEN_ID_CHARACTER,
    /** A citizen id's region code is not a plausible administrative division code. */
    CITIZEN_ID_REGION,
    /** A citizen id's birth date is not a valid calendar date. */
    CITIZEN_ID_BIRTH_DATE,
    /** A citizen id's ISO 7064 MOD 11-2 check character is wrong. */
    CITIZEN_ID_CHECK,
    /** A unified social credit code has the wrong length. */
    UNIT_CODE_LENGTH,
    /** A unified social credit code has a character outside its alphabet. */
    UNIT_CODE_CHARACTER,
    /** A unified social credit code's check character is wrong. */
    UNIT_CODE_CHECK,

    // ---- model ----------------------------------------------------------------------------
    /** A material category code is malformed or names no class of the scheme. */
    CATEGORY_UNKNOWN,
    /** An identifier is malformed. */
    ID_MALFORMED,
    /** A content reference is malformed (name, media type, size or digest). */
    CONTENT_REF_INVALID,

    // ---- storage ----------------------------------------------------------------------------
    /** The entity asked for does not exist. */
    NOT_FOUND,
    /** An entity with the same key already exists (e.g. a duplicate citizen id). */
    DUPLICATE,
    /** A concurrent update won; the caller's copy is stale (optimistic locking). */
    CONCURRENT_UPDATE,
    /** The store failed for a reason outside the caller's input. */
    STORE_FAILURE,
    /** The database's schema history disagrees with the shipped migration scripts (changed script, unknown version). */
    SCHEMA_MISMATCH,

    // ---- JSON ------------------------------------------------------------------------------
    /** A JSON document is not well formed. */
    JSON_MALFORMED,
    /** A JSON document has a field the schema does not define. */
    JSON_UNKNOWN_FIELD,
    /** A JSON document has a field of the wrong type or a value that does not validate. */
    JSON_INVALID_VALUE,
    /** A JSON document declares a format version this library does not read. */
    JSON_UNSUPPORTED_VERSION,

    // ---- filing standards and review (档案材料收集归档) ------------------------------------------

    // ---- integrity: digests, content store, seals, signatures, timestamps --------------------

    // ---- access policy and audit log --------------------------------------------------------

    // ---- hardware, inventory and environment ------------------------------------------------
    /** A tag code is malformed (not whole 16-bit words of hexadecimal). */
    TAG_CODE_MALFORMED,
    /** The dossier already has an active tag, or the tag code is bound to another dossier. */
    TAG_ALREADY_BOUND,
    /** The dossier has no active tag to re-issue, retire or write. */
    TAG_NOT_BOUND,
    /** The archive's tag code scheme has no serial left. */
    TAG_SERIALS_EXHAUSTED,
    /** Writing a tag through a reader failed (unsupported, timed out, not verified). */
    TAG_WRITE_FAILED,
    /** An inventory scope, window or expected item is invalid (e.g. a window that ends before it starts). */
    INVENTORY_INVALID,
    /** An environment profile is invalid (bands out of order, negative margins) or names an unknown room type. */
    ENVIRONMENT_PROFILE_INVALID,
    /** A sensor is not registered with the environment monitor. */
    SENSOR_UNKNOWN,
    /** An environment alert id is unknown, or the alert is already cleared. */
    ALERT_STATE,

    ;
}
