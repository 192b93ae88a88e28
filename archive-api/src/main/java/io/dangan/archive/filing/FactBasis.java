package io.dangan.archive.filing;

/** On what a special-audit fact was decided (认定依据). */
public enum FactBasis {
    /** The earliest record among the materials (以最早记载为准). */
    EARLIEST_RECORD("以档案最早记载为准"),
    /** A correction material that overrides the records (以更正认定材料为准). */
    CORRECTION_MATERIAL("以更正认定材料为准"),
    /** The material type the standard makes the authority (入党志愿书, 转正定级表, 学历证明). */
    AUTHORITY_MATERIAL("以认定依据材料为准"),
    /** Materials agree and none is an authority (材料记载一致). */
    CONSISTENT_RECORDS("材料记载一致"),
    /** Not decidable from the materials: a person must decide (无法认定). */
    UNDETERMINED("无法认定，需人工核实"),
    /** The fact does not apply (e.g. party join for a non-member) (不适用). */
    NOT_APPLICABLE("不适用");

    private final String label;

    FactBasis(String label) {
        this.label = label;
    }

    /** @return the Chinese label */
    public String label() {
        return label;
    }
}
