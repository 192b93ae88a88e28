package io.dangan.archive.rfid.spi;

/** How far a measurement can be trusted (数据质量). */
public enum Quality {
    /** A plausible reading. */
    GOOD,
    /** Plausible but flagged by the device (warming up, calibration due). */
    SUSPECT,
    /** Not a usable reading: NaN, infinite, physically impossible, or flagged as an error by the device. */
    INVALID
}
