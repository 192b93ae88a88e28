package io.dangan.archive.rfid.spi;

/** What kind of identifier a tag id is (标签标识类型): not every tag is an EPC. */
public enum TagKind {
    /** The EPC bank of a UHF Gen2 tag (ISO/IEC 18000-63), whole 16-bit words. */
    EPC,
    /** The tag identifier (TID) bank of a UHF Gen2 tag, whole 16-bit words. */
    TID,
    /** The 64-bit unique identifier of an HF ISO/IEC 15693 tag. */
    ISO15693_UID,
    /** The identifier of a tag of China's UHF air interface GB/T 29768-2013. */
    GBT29768
}
