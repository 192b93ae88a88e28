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
    /** A JSON document declares a format version this SDK does not read. */
    JSON_UNSUPPORTED_VERSION,

    // ---- filing standards and review (档案材料收集归档) ------------------------------------------
    /** A filing standard document fails validation (a missing or invalid field, named by JSON pointer). */
    STANDARD_INVALID,
    /** A filing standard references a material type, category or standard it does not define. */
    STANDARD_UNKNOWN_REFERENCE,
    /** Filing standards extend each other in a cycle. */
    STANDARD_EXTENSION_CYCLE,
    /** Two filing standards share an id. */
    STANDARD_DUPLICATE,
    /** No filing standard is in force on the date asked for, or none has the id asked for. */
    STANDARD_NOT_IN_FORCE,
    /** A material names a material type the filing standard does not define. */
    MATERIAL_TYPE_UNKNOWN,
    /** A material is formed before the subject's birth date. */
    MATERIAL_FORMED_BEFORE_BIRTH,
    /** A material is formed after today (by the archive's clock). */
    MATERIAL_FORMED_IN_FUTURE,
    /** A material is already in the dossier (same id, same content digest, or same type, title and date). */
    MATERIAL_FILED_TWICE,
    /** A filing step does not fit the material's state (e.g. filing a material whose review did not pass). */
    MATERIAL_STATE,
    /** A hand-over record (移交登记) is empty or inconsistent with its materials. */
    HAND_OVER_INVALID,

    // ---- integrity: digests, content store, seals, signatures, timestamps --------------------
    /** A digest does not match the content or value it was computed over. */
    DIGEST_MISMATCH,
    /** A digest or signature algorithm is not supported where it was asked for. */
    ALGORITHM_UNSUPPORTED,
    /** A public key's encoding is malformed or names an unsupported algorithm or curve. */
    PUBLIC_KEY_MALFORMED,
    /** A private key's encoding is malformed or does not match its algorithm. */
    PRIVATE_KEY_MALFORMED,
    /** A certificate's encoding is malformed or its key is unusable. */
    CERTIFICATE_MALFORMED,
    /** A key provider has no key under the alias asked for. */
    KEY_NOT_FOUND,
    /** A key store (e.g. a PKCS#12 file) cannot be read or written: wrong password, corrupt file. */
    KEYSTORE_UNREADABLE,
    /** Signing failed inside the key provider (e.g. an HSM error). */
    SIGNING_FAILED,
    /** A Merkle proof is structurally malformed (sizes, index, hash lengths). */
    MERKLE_PROOF_MALFORMED,
    /** A Merkle tree size or leaf index is outside the tree. */
    MERKLE_RANGE,
    /** A timestamp request, response or token is malformed or truncated. */
    TIMESTAMP_MALFORMED,
    /** A timestamp authority refused a request or answered with a token that does not match it. */
    TIMESTAMP_REJECTED,
    /** Content is larger than the store's size limit. */
    CONTENT_TOO_LARGE,
    /** Stored content does not match its address or recorded digest (read with verification). */
    CONTENT_CORRUPT,
    /** No content is stored under the address asked for. */
    CONTENT_MISSING,
    /** A content address (digest key) is malformed or uses an algorithm the store does not address by. */
    CONTENT_ADDRESS_INVALID,
    // seals (封印)
    /** The dossier or material asked for has no seal (never sealed, or the material was withdrawn). */
    SEAL_NOT_FOUND,
    /** A sealed material changed or disappeared since its seal: record the change with an explicit amendment. */
    SEAL_AMENDMENT_REQUIRED,
    /** An amendment names a material that was never sealed or is unchanged since its seal. */
    SEAL_AMENDMENT_INVALID,
    /** A seal statement or seal leaf does not decode as its canonical encoding (docs/seal-format.md). */
    SEAL_ENCODING_MALFORMED,

    // ---- access policy and audit log --------------------------------------------------------
    /** A guarded operation was denied; the exception carries the decision. */
    ACCESS_DENIED,
    /** An action code is not one of the known actions. */
    ACCESS_UNKNOWN_ACTION,
    /** A guarded operation names another actor than the principal it runs for (e.g. a hand-over's receiver). */
    ACCESS_ACTOR_MISMATCH,
    /** Access policy data is malformed; the location names the rule and field. */
    POLICY_INVALID,
    /**
     * Access directory data is refused: one person would hold two of the three administrator roles (三员) through
     * separate accounts.
     */
    DIRECTORY_INVALID,
    /** A policy change reuses the version in force. */
    POLICY_VERSION_REUSED,
    /** An approval request does not validate (unknown dossier, principal or purpose, bad window). */
    APPROVAL_INVALID,
    /** An approval is not in the workflow state the step needs (e.g. approving a rejected one). */
    APPROVAL_STATE,
    /** The audit log could not append an event; the operation counts as not audited. */
    AUDIT_APPEND_FAILED,
    /** An audit query or proof request is out of range (unknown sequence or checkpoint). */
    AUDIT_RANGE,
    /**
     * The audit log cannot make a checkpoint or proof because records it needs are missing from storage
     * (deleted behind the log's back); verification names them.
     */
    AUDIT_DAMAGED,

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
