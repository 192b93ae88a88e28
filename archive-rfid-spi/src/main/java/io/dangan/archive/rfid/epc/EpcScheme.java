package io.dangan.archive.rfid.epc;

import java.util.Optional;

/**
 * The supported 96-bit EPC schemes (EPC 编码方案) and their partition tables (GS1 EPC Tag Data Standard).
 *
 * <p>Each binary encoding is: header (8 bits), filter (3), partition (3), company prefix, then the scheme's
 * reference field and, except for GIAI-96, a numeric serial. The partition value 0 to 6 selects the company-prefix
 * length, 12 down to 6 digits; 7 is invalid.
 */
public enum EpcScheme {
    /** Serialised Global Trade Item Number: item reference (with indicator) then a 38-bit serial. */
    SGTIN_96(0x30, "sgtin", new int[] {4, 7, 10, 14, 17, 20, 24}, new int[] {1, 2, 3, 4, 5, 6, 7}, 38),
    /** Global Returnable Asset Identifier: asset type then a 38-bit serial. */
    GRAI_96(0x33, "grai", new int[] {4, 7, 10, 14, 17, 20, 24}, new int[] {0, 1, 2, 3, 4, 5, 6}, 38),
    /** Global Document Type Identifier: document type then a 41-bit serial. */
    GDTI_96(0x2C, "gdti", new int[] {1, 4, 7, 11, 14, 17, 21}, new int[] {0, 1, 2, 3, 4, 5, 6}, 41),
    /** Global Individual Asset Identifier: a numeric individual asset reference, no separate serial. */
    GIAI_96(0x34, "giai", new int[] {42, 45, 48, 52, 55, 58, 62}, new int[] {13, 14, 15, 16, 17, 18, 19}, 0);

    private static final int[] COMPANY_BITS = {40, 37, 34, 30, 27, 24, 20};
    private static final int[] COMPANY_DIGITS = {12, 11, 10, 9, 8, 7, 6};

    private final int header;
    private final String name;
    private final int[] referenceBits;
    private final int[] referenceDigits;
    private final int serialBits;

    EpcScheme(int header, String name, int[] referenceBits, int[] referenceDigits, int serialBits) {
        this.header = header;
        this.name = name;
        this.referenceBits = referenceBits;
        this.referenceDigits = referenceDigits;
        this.serialBits = serialBits;
    }

    /** @return the 8-bit header value */
    public int header() {
        return header;
    }

    /** @return the tag-URI scheme name, e.g. {@code sgtin-96} */
    public String tagUriName() {
        return name + "-96";
    }

    /** @return the pure-identity URI scheme name, e.g. {@code sgtin} */
    public String pureIdentityName() {
        return name;
    }

    /** @return whether the scheme has a separate serial field (all but GIAI-96) */
    public boolean hasSerial() {
        return serialBits > 0;
    }

    /** @return the serial's bit width, 0 for GIAI-96 */
    public int serialBits() {
        return serialBits;
    }

    /**
     * @param partition a partition value 0 to 6
     * @return the company prefix's bit width
     */
    public int companyPrefixBits(int partition) {
        return COMPANY_BITS[partition];
    }

    /**
     * @param partition a partition value 0 to 6
     * @return the company prefix's digit count
     */
    public int companyPrefixDigits(int partition) {
        return COMPANY_DIGITS[partition];
    }

    /**
     * @param partition a partition value 0 to 6
     * @return the reference field's bit width (the individual asset reference for GIAI-96)
     */
    public int referenceBits(int partition) {
        return referenceBits[partition];
    }

    /**
     * @param partition a partition value 0 to 6
     * @return the reference field's digit count (the maximum digit count for GIAI-96's asset reference)
     */
    public int referenceDigits(int partition) {
        return referenceDigits[partition];
    }

    /**
     * @param companyPrefixDigits a company prefix length
     * @return the partition value for it, or -1 when the length is outside 6 to 12
     */
    public static int partitionFor(int companyPrefixDigits) {
        return companyPrefixDigits >= 6 && companyPrefixDigits <= 12 ? 12 - companyPrefixDigits : -1;
    }

    /**
     * @param header an 8-bit header value
     * @return the scheme with that header
     */
    public static Optional<EpcScheme> ofHeader(int header) {
        for (EpcScheme s : values()) {
            if (s.header == header) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /**
     * @param name a tag-URI name such as {@code gdti-96}
     * @return the scheme
     */
    public static Optional<EpcScheme> ofTagUriName(String name) {
        for (EpcScheme s : values()) {
            if (s.tagUriName().equals(name)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /**
     * @param name a pure-identity name such as {@code gdti}
     * @return the scheme
     */
    public static Optional<EpcScheme> ofPureIdentityName(String name) {
        for (EpcScheme s : values()) {
            if (s.name.equals(name)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
