package io.dangan.archive.seal;

/** Why a seal version was made (封印类型). */
public enum SealKind {
    /** The dossier's first seal. */
    INITIAL("首次封印"),
    /** Newly filed materials were appended; the tree only grew. */
    APPEND("追加归档"),
    /**
     * An explicit amendment (更正): sealed materials were corrected or withdrawn, each as a new leaf revision
     * appended to the tree, with a recorded reason. Earlier leaves stay, so the tree still only grows.
     */
    AMENDMENT("更正");

    private final String label;

    SealKind(String label) {
        this.label = label;
    }

    /** @return the Chinese label for reports */
    public String label() {
        return label;
    }
}
