package io.dangan.archive.seal;

/** What one leaf of a dossier's seal tree records about its material (叶子类型). */
public enum LeafKind {
    /** The material as filed: its first revision. */
    FILED(1),
    /** A corrected revision of a sealed material, made by an amendment; it supersedes the earlier revisions. */
    AMENDED(2),
    /** The material was withdrawn from the dossier by an amendment; no material may stand in its place. */
    WITHDRAWN(3);

    private final int code;

    LeafKind(int code) {
        this.code = code;
    }

    /** @return the byte that stands for this kind in the leaf encoding ({@code docs/seal-format.md}) */
    public int code() {
        return code;
    }

    /**
     * Finds the kind for its encoding byte.
     *
     * @param code the byte
     * @return the kind
     * @throws IllegalArgumentException when no kind has that code
     */
    public static LeafKind ofCode(int code) {
        for (LeafKind k : values()) {
            if (k.code == code) {
                return k;
            }
        }
        throw new IllegalArgumentException("leaf kind code " + code + " is unknown, expected 1, 2 or 3");
    }
}
