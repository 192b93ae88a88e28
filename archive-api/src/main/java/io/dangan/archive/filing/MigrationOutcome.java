package io.dangan.archive.filing;

/** What becomes of one material when a dossier is evaluated against a newer standard. */
public enum MigrationOutcome {
    /** The code is the same in both schemes (代码不变). */
    UNCHANGED("代码不变"),
    /** The code maps to exactly one new code (对应新代码). */
    RECODED("对应新代码"),
    /** The code maps to several new codes and the material type does not decide: a person decides (需人工确定). */
    AMBIGUOUS("需人工确定"),
    /** The mapping table does not list the code: a person decides (对照表未列). */
    UNMAPPED("对照表未列");

    private final String label;

    MigrationOutcome(String label) {
        this.label = label;
    }

    /** @return the Chinese label used in reports */
    public String label() {
        return label;
    }

    /** @return true when a person must decide */
    public boolean needsDecision() {
        return this == AMBIGUOUS || this == UNMAPPED;
    }
}
