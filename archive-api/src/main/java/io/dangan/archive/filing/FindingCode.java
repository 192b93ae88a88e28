package io.dangan.archive.filing;

/**
 * Finding codes of the completeness audit (齐全性审核). Each is documented in {@code docs/codes.md}; the
 * name is stable.
 */
public enum FindingCode {
    /** A material the completeness rules require for this subject is not filed (缺少材料). */
    MISSING_REQUIRED("缺少应归档材料"),
    /** A material is filed under a category other than the one its type is bound to, or under one the standard does not define (归类错误). */
    MISFILED("归类错误"),
    /** A material names a material type the standard does not define (材料种类不明). */
    UNKNOWN_TYPE("材料种类不明"),
    /** A material reached the dossier office later than the filing deadline after its formation (逾期归档). */
    LATE("逾期归档"),
    /** Two materials of the dossier share a content digest (重复材料). */
    DUPLICATE_CONTENT("内容重复"),
    /** Sequence numbers within a category skip a number (序号断号). */
    NUMBERING_GAP("序号断号"),
    /** Two materials in one category carry the same sequence number (序号重号). */
    NUMBERING_DUPLICATE("序号重号");

    private final String label;

    FindingCode(String label) {
        this.label = label;
    }

    /** @return the Chinese label used in reports */
    public String label() {
        return label;
    }
}
