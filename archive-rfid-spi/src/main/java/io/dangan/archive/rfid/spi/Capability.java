package io.dangan.archive.rfid.spi;

/**
 * What a provider's devices can do (设备能力). A configuration that requires an undeclared capability is
 * rejected up front; the conformance kit skips the tests of capabilities a device does not declare.
 */
public enum Capability {
    /** Reads EPC-bank identifiers of UHF tags. */
    READ_EPC,
    /** Reads tag identifiers (TID bank). */
    READ_TID,
    /** Reads ISO 15693 (HF) unique identifiers. */
    READ_ISO15693,
    /** Reads tags of China's UHF air interface GB/T 29768-2013. */
    READ_GBT29768,
    /** Reports peak RSSI per observation. */
    RSSI,
    /** Reports the RF phase angle per observation. */
    PHASE,
    /** Reports the RF channel per observation. */
    CHANNEL,
    /** Writes the EPC bank of a tag. */
    WRITE_EPC,
    /** Reports antennas connecting and disconnecting. */
    ANTENNA_EVENTS,
    /** Monitors the link with keepalives and detects a dead connection. */
    KEEPALIVE,
    /** Reconnects on its own after a lost connection, following the configured policy. */
    RECONNECT,
    /** Measures temperature in degrees Celsius. */
    TEMPERATURE,
    /** Measures relative humidity in percent. */
    HUMIDITY,
    /** Passes device alarms through (a probe's own threshold alarm, tamper, low battery). */
    DEVICE_ALARMS,
    /** Reports access granted and denied with a credential reference. */
    ACCESS_EVENTS,
    /** Detects a door forced open or held open. */
    FORCED_DETECTION
}
