package io.dangan.archive.access;

/** What a permit obliges the caller to do (义务). */
public enum ObligationKind {
    /** Record the use in the audit log; on every decision. */
    AUDIT,
    /** Watermark what is shown or copied with the reader (the detail) and the time of use (水印); on view and copy. */
    WATERMARK,
    /** The use happens with two or more readers present together (两人以上查阅); the detail is the count. */
    SUPERVISED,
    /** Register the copy or loan in the use register (登记); on copy and borrow. */
    REGISTER,
    /** Return the dossier by the instant in the detail (归还期限); on borrow. */
    RETURN_BY
}
