package io.dangan.archive.store;

/**
 * Finding codes of a whole-store content verification (内容存储校验发现), each documented in
 * {@code docs/codes.md}. Names are stable.
 */
public enum ContentFindingCode {
    /** An object that should be stored (a material references it) is absent: content was lost. */
    MISSING,
    /** An object's bytes no longer hash to its address: content was altered or damaged. */
    CORRUPT,
    /** An object is stored that no material references (reported only when the expected set is given). */
    UNEXPECTED,
    /** An entry in the store is not a well-formed object: a stray or misnamed file, a leftover temporary file. */
    FOREIGN,
    /** An object could not be read at all (an I/O error other than a digest mismatch). */
    UNREADABLE
}
