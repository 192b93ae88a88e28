package io.dangan.archive.model;

/** Lifecycle state of a dossier (档案状态). */
public enum DossierStatus {
    /** 在库 */
    ACTIVE("在库"),
    /** 借出 */
    ON_LOAN("借出"),
    /** 转递中 */
    IN_TRANSFER("转递中"),
    /** 已转出 */
    TRANSFERRED("已转出"),
    /** 已封存 */
    CLOSED("已封存");

    private final String label;

    DossierStatus(String label) {
        this.label = label;
    }

    /** @return the Chinese label used in reports and CLI summaries */
    public String label() {
        return label;
    }
}
