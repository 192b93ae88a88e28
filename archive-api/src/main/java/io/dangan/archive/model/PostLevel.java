package io.dangan.archive.model;

/** Post level (职务层次) of a cadre. */
public enum PostLevel {
    /** 无 */
    NONE("无"),
    /** 科员 */
    CLERK("科员"),
    /** 副科级 */
    DEPUTY_SECTION("副科级"),
    /** 正科级 */
    SECTION("正科级"),
    /** 副处级 */
    DEPUTY_DIVISION("副处级"),
    /** 正处级 */
    DIVISION("正处级"),
    /** 副厅级 */
    DEPUTY_BUREAU("副厅级"),
    /** 正厅级 */
    BUREAU("正厅级"),
    /** 副部级 */
    DEPUTY_MINISTER("副部级"),
    /** 正部级 */
    MINISTER("正部级");

    private final String label;

    PostLevel(String label) {
        this.label = label;
    }

    /** @return the Chinese label used in reports and CLI summaries */
    public String label() {
        return label;
    }
}
