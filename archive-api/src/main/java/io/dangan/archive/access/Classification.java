package io.dangan.archive.access;

/**
 * A sensitivity level (密级), ordered from lowest to highest; used both as a material's label and as a
 * principal's clearance. A principal may act on a material only when its clearance is at least the
 * material's label.
 */
public enum Classification {
    /** Open (公开). */
    OPEN,
    /** Internal (内部). */
    INTERNAL,
    /** Secret (秘密). */
    SECRET,
    /** Confidential (机密). */
    CONFIDENTIAL,
    /** Top secret (绝密). */
    TOP_SECRET;

    /**
     * @param label a material's label
     * @return true when this clearance covers that label
     */
    public boolean covers(Classification label) {
        return compareTo(label) >= 0;
    }
}
