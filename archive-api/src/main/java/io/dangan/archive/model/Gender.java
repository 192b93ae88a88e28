package io.dangan.archive.model;

/** Gender (性别) as recorded in the dossier and encoded in the citizen id. */
public enum Gender {
    /** 男 */
    MALE("男"),
    /** 女 */
    FEMALE("女");

    private final String label;

    Gender(String label) {
        this.label = label;
    }

    /** @return the Chinese label used in reports */
    public String label() {
        return label;
    }
}
