package io.dangan.archive.model;

/** Lifecycle state of a material (材料状态): received, reviewed, filed or returned. */
public enum MaterialStatus {
    /** 已接收 */
    RECEIVED("已接收"),
    /** 审核通过 */
    ACCEPTED("审核通过"),
    /** 已归档 */
    FILED("已归档"),
    /** 已退回 */
    REJECTED("已退回");

    private final String label;

    MaterialStatus(String label) {
        this.label = label;
    }

    /** @return the Chinese label used in reports and CLI summaries */
    public String label() {
        return label;
    }
}
