package io.dangan.archive.model;

/**
 * Digest algorithms (摘要算法) the archive records: SM3 (GB/T 32905, the default) and SHA-256.
 */
public enum DigestAlgorithm {
    /** SM3 per GB/T 32905-2016, 256-bit output. */
    SM3("SM3", 32),
    /** SHA-256 per FIPS 180-4. */
    SHA_256("SHA-256", 32);

    private final String standardName;
    private final int length;

    DigestAlgorithm(String standardName, int length) {
        this.standardName = standardName;
        this.length = length;
    }

    /** @return the algorithm's usual name ({@code SM3}, {@code SHA-256}) */
    public String standardName() {
        return standardName;
    }

    /** @return the digest length in bytes */
    public int length() {
        return length;
    }

    /**
     * Finds an algorithm by its usual name, ignoring case and a missing hyphen ({@code sha256}).
     *
     * @param name the name
     * @return the algorithm
     * @throws io.dangan.archive.InvalidInputException when no algorithm has that name
     */
    public static DigestAlgorithm byName(String name) {
        String n = name.strip().replace("-", "").replace("_", "");
        for (DigestAlgorithm a : values()) {
            if (a.standardName.replace("-", "").equalsIgnoreCase(n)) {
                return a;
            }
        }
        throw new io.dangan.archive.InvalidInputException(io.dangan.archive.ErrorCode.VALUE_OUT_OF_RANGE, "algorithm",
                "digest algorithm '%s' is unknown, expected SM3 or SHA-256".formatted(name));
    }
}
