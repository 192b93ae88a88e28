package io.dangan.archive.seal;

/**
 * The checks of DA/T 70-2018 (电子档案四性检测) that seal verification answers, named by their content. The
 * standard's official item numbers were not confirmed, so they are not used; {@code docs/compliance.md} maps
 * each item to its implementation and tests.
 */
public enum Dat70Item {
    /** 真实性: fixed information (digest, electronic signature, timestamp) is valid. */
    FIXED_INFORMATION_VALID(Property.AUTHENTICITY, "固定化信息有效性（摘要、电子签名、时间戳）"),
    /** 真实性: the content's electronic properties match its metadata. */
    CONTENT_MATCHES_METADATA(Property.AUTHENTICITY, "内容与元数据记录一致"),
    /** 完整性: item counts and byte counts match. */
    COUNTS_MATCH(Property.INTEGRITY, "数量与字节数相符"),
    /** 完整性: numbering has no gaps (and no duplicates). */
    NUMBERING_CONTINUOUS(Property.INTEGRITY, "编号连续无断号");

    /** The four properties of DA/T 70 (四性); seals answer the first two. */
    public enum Property {
        /** 真实性 */
        AUTHENTICITY("真实性"),
        /** 完整性 */
        INTEGRITY("完整性"),
        /** 可用性 */
        USABILITY("可用性"),
        /** 安全性 */
        SECURITY("安全性");

        private final String label;

        Property(String label) {
            this.label = label;
        }

        /** @return the Chinese name */
        public String label() {
            return label;
        }
    }

    private final Property property;
    private final String label;

    Dat70Item(Property property, String label) {
        this.property = property;
        this.label = label;
    }

    /** @return the property the item belongs to */
    public Property property() {
        return property;
    }

    /** @return the Chinese name of the item */
    public String label() {
        return label;
    }
}
