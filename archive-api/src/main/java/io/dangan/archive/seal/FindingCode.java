package io.dangan.archive.seal;

/**
 * Stable codes of integrity findings (完整性检测发现代码), each mapped to the DA/T 70 check it fails. The constant's
 * name is the code: it is never renamed or reused. Each is documented in {@code docs/codes.md} under "Integrity".
 */
public enum FindingCode {
    // ---- fixed information: digest, signature, timestamp (固定化信息) ----------------------------------------
    /** The dossier has no seal at all. */
    DOSSIER_NOT_SEALED(Dat70Item.FIXED_INFORMATION_VALID, "档案未封印"),
    /** A seal's signature is well formed but does not verify: the statement was altered or another key signed. */
    SEAL_SIGNATURE_INVALID(Dat70Item.FIXED_INFORMATION_VALID, "封印签名验证不通过"),
    /** A seal's signature is not a valid encoding for its algorithm (broken or hostile producer). */
    SEAL_SIGNATURE_MALFORMED(Dat70Item.FIXED_INFORMATION_VALID, "封印签名编码畸形"),
    /** A seal names a key that is not trusted, or a proof's key is not the key the seal names. */
    SEAL_SIGNER_UNTRUSTED(Dat70Item.FIXED_INFORMATION_VALID, "封印签名密钥不受信任"),
    /** A seal's statement does not fit its place: another dossier, an unknown algorithm, or sizes that do not chain. */
    SEAL_STATEMENT_INVALID(Dat70Item.FIXED_INFORMATION_VALID, "封印声明与封印链不符"),
    /** The root recomputed from the stored leaves differs from the signed root: a leaf was altered, added or moved. */
    SEAL_ROOT_MISMATCH(Dat70Item.FIXED_INFORMATION_VALID, "默克尔根与封印不符"),
    /** A seal's consistency proof does not show that its tree extends the previous version's. */
    CONSISTENCY_PROOF_INVALID(Dat70Item.FIXED_INFORMATION_VALID, "一致性证明无效"),
    /** A material's inclusion proof does not lead to the signed root. */
    INCLUSION_PROOF_INVALID(Dat70Item.FIXED_INFORMATION_VALID, "包含证明无效"),
    /** A stored leaf does not decode as the canonical leaf encoding, or disagrees with its own record. */
    LEAF_MALFORMED(Dat70Item.FIXED_INFORMATION_VALID, "封印叶子编码畸形"),
    /** The archive requires timestamps and a seal has none. */
    TIMESTAMP_MISSING(Dat70Item.FIXED_INFORMATION_VALID, "缺少时间戳"),
    /** A seal's timestamp token does not decode: truncated or not an RFC 3161 token. */
    TIMESTAMP_MALFORMED(Dat70Item.FIXED_INFORMATION_VALID, "时间戳令牌畸形"),
    /** A timestamp token's signature, signer or certificate does not verify against the trusted authority. */
    TIMESTAMP_INVALID(Dat70Item.FIXED_INFORMATION_VALID, "时间戳验证不通过"),
    /** A timestamp token binds another imprint than the seal's signature: it belongs to something else. */
    TIMESTAMP_IMPRINT_MISMATCH(Dat70Item.FIXED_INFORMATION_VALID, "时间戳与封印不对应"),

    // ---- content matches its metadata (内容与元数据一致) ---------------------------------------------------
    /** A material's metadata field differs from the value sealed for it; the location names the field. */
    METADATA_MISMATCH(Dat70Item.CONTENT_MATCHES_METADATA, "材料元数据与封印不符"),
    /** A material's place in the catalogue (category or sequence) differs from the sealed one, nothing else. */
    MATERIAL_REORDERED(Dat70Item.CONTENT_MATCHES_METADATA, "材料排列顺序被改动"),
    /** A content file's digest differs from the sealed digest: its bytes were changed. */
    CONTENT_DIGEST_MISMATCH(Dat70Item.CONTENT_MATCHES_METADATA, "电子文件摘要不符"),
    /** A sealed content file is not in the content store. */
    CONTENT_MISSING(Dat70Item.CONTENT_MATCHES_METADATA, "电子文件缺失"),

    // ---- counts and bytes match (数量与字节数相符) ---------------------------------------------------------
    /** A content file's size differs from the sealed size. */
    CONTENT_SIZE_MISMATCH(Dat70Item.COUNTS_MATCH, "电子文件字节数不符"),
    /** A sealed material is no longer in the dossier and no amendment withdrew it. */
    MATERIAL_MISSING(Dat70Item.COUNTS_MATCH, "已封印材料缺失"),
    /** A filed material is not covered by any seal (inserted, or filed after the last seal). */
    MATERIAL_UNSEALED(Dat70Item.COUNTS_MATCH, "材料未封印"),
    /** The same material appears in two leaves without an amendment between them. */
    LEAF_DUPLICATE(Dat70Item.COUNTS_MATCH, "封印叶子重复"),
    /** The number of stored leaves differs from the latest seal's tree size. */
    TREE_SIZE_MISMATCH(Dat70Item.COUNTS_MATCH, "叶子数与封印不符"),

    // ---- numbering without gaps (编号连续) ----------------------------------------------------------------
    /** Within a category the filed sequence numbers skip a number. */
    SEQUENCE_GAP(Dat70Item.NUMBERING_CONTINUOUS, "材料序号断号"),
    /** Within a category two filed materials share a sequence number. */
    SEQUENCE_DUPLICATE(Dat70Item.NUMBERING_CONTINUOUS, "材料序号重复"),
    /** The seal versions of a dossier are not 1, 2, 3, ... without gaps or repeats. */
    SEAL_VERSION_GAP(Dat70Item.NUMBERING_CONTINUOUS, "封印版本不连续");

    private final Dat70Item item;
    private final String label;

    FindingCode(Dat70Item item, String label) {
        this.item = item;
        this.label = label;
    }

    /** @return the DA/T 70 check this finding fails */
    public Dat70Item item() {
        return item;
    }

    /** @return the Chinese label for reports */
    public String label() {
        return label;
    }
}
