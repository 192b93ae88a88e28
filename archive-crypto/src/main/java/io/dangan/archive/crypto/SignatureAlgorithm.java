package io.dangan.archive.crypto;

import io.dangan.archive.ErrorCode;
import io.dangan.archive.InvalidInputException;

/**
 * Signature algorithms (签名算法) the archive signs and verifies with.
 *
 * <p>{@link #SM2} is the default: SM2 over the curve {@code sm2p256v1} (GB/T 32918) with SM3, the signer's
 * distinguishing identifier {@value #SM2_DEFAULT_USER_ID} (GM/T 0009), and the signature as the DER
 * {@code SEQUENCE { r INTEGER, s INTEGER }} of GM/T 0009. OpenSSL 3 verifies these signatures when given the
 * same identifier ({@code -sigopt distid:1234567812345678}).
 */
public enum SignatureAlgorithm {
    /** SM2 with SM3 and the default user id; DER-encoded r, s. */
    SM2("SM2", "SM3withSM2"),
    /** Ed25519 per RFC 8032 (pure, no pre-hash); 64-byte signatures. */
    ED25519("Ed25519", "Ed25519"),
    /** ECDSA over NIST P-256 with SHA-256 (FIPS 186-4); DER-encoded r, s; deterministic k per RFC 6979. */
    ECDSA_P256("ECDSA-P256", "SHA256withECDSA");

    /** The SM2 user id (distinguishing identifier, 用户身份标识) GM/T 0009 recommends when none is agreed. */
    public static final String SM2_DEFAULT_USER_ID = "1234567812345678";

    private final String standardName;
    private final String jcaName;

    SignatureAlgorithm(String standardName, String jcaName) {
        this.standardName = standardName;
        this.jcaName = jcaName;
    }

    /** @return the short name used in seals and reports: {@code SM2}, {@code Ed25519}, {@code ECDSA-P256} */
    public String standardName() {
        return standardName;
    }

    /** @return the conventional JCA signature name, e.g. {@code SM3withSM2}, for interoperating tools */
    public String jcaName() {
        return jcaName;
    }

    /**
     * Finds an algorithm by its standard name, ignoring case, hyphens and underscores.
     *
     * @param name the name, e.g. {@code sm2}, {@code ed25519}, {@code ecdsa-p256}
     * @return the algorithm
     * @throws InvalidInputException with code {@code ALGORITHM_UNSUPPORTED} when no algorithm has that name
     */
    public static SignatureAlgorithm byName(String name) {
        String n = name.strip().replace("-", "").replace("_", "");
        for (SignatureAlgorithm a : values()) {
            if (a.standardName.replace("-", "").equalsIgnoreCase(n) || a.name().replace("_", "").equalsIgnoreCase(n)) {
                return a;
            }
        }
        throw new InvalidInputException(ErrorCode.ALGORITHM_UNSUPPORTED, "algorithm",
                "signature algorithm '%s' is unknown, expected SM2, Ed25519 or ECDSA-P256".formatted(name));
    }
}
