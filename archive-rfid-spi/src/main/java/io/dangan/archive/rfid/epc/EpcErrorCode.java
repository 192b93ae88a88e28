package io.dangan.archive.rfid.epc;

/**
 * Stable codes (EPC 错误代码) carried by {@link EpcException}; each is documented in {@code docs/codes.md}.
 */
public enum EpcErrorCode {
    /** Hexadecimal input has a character outside 0-9, A-F. */
    EPC_HEX_MALFORMED,
    /** The input is not 96 bits (24 hexadecimal digits, 12 bytes). */
    EPC_LENGTH,
    /** The header names no supported scheme (GDTI-96 0x2C, SGTIN-96 0x30, GRAI-96 0x33, GIAI-96 0x34). */
    EPC_HEADER_UNSUPPORTED,
    /** The partition value is 7, which no scheme defines. */
    EPC_PARTITION_INVALID,
    /** The filter value is outside 0 to 7. */
    EPC_FILTER_OUT_OF_RANGE,
    /** A binary field holds a value with more decimal digits than its partition allows. */
    EPC_FIELD_OVERFLOW,
    /** A URI field that must be numeric has another character. */
    EPC_FIELD_NOT_NUMERIC,
    /** The company prefix has a length other than 6 to 12 digits. */
    EPC_COMPANY_PREFIX_LENGTH,
    /** The field after the company prefix does not have the digit count the partition requires. */
    EPC_FIELD_LENGTH,
    /** A numeric serial has a leading zero, which the 96-bit schemes forbid. */
    EPC_SERIAL_LEADING_ZERO,
    /** A serial exceeds the scheme's bit width (e.g. 2^38 - 1 for SGTIN-96). */
    EPC_SERIAL_TOO_LARGE,
    /** A URI does not have the scheme's prefix or number of fields. */
    EPC_URI_MALFORMED
}
