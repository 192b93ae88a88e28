package io.dangan.archive.filing;

/**
 * How materials are ordered within one category of the catalogue (目录排序规则). Each category of a
 * filing standard names its rule; the catalogue is regenerated in that order whenever a material is filed.
 */
public enum OrderingRule {
    /** By formation date (按形成时间), then title, then id: the rule for classes 1 and 2. */
    FORMED_DATE("按形成时间"),
    /** By the material type's position in the standard's type list, then formation date (按材料种类). */
    TYPE_THEN_FORMED_DATE("按材料种类和形成时间"),
    /** In the order filed (按归档先后): a new material goes to the end. */
    FILING_ORDER("按归档先后");

    private final String label;

    OrderingRule(String label) {
        this.label = label;
    }

    /** @return the Chinese label used in reports */
    public String label() {
        return label;
    }
}
