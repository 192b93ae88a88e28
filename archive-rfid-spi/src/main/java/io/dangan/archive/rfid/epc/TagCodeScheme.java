package io.dangan.archive.rfid.epc;

import io.dangan.archive.rfid.spi.TagId;
import java.util.OptionalLong;

/**
 * How the archive numbers its dossier tags (一人一档一码的编码方案): the n-th code issued is {@code encode(n)}, and a
 * tag read back is recognised with {@link #decode}. The GS1 schemes under the archive's own company prefix are
 * built in ({@link #gdti96}, {@link #giai96}); an integrator with a private numbering implements this interface.
 *
 * <p>Implementations are immutable and thread-safe; {@code decode(encode(n))} is {@code n} for every
 * {@code 0 <= n <= maxSerial()}.
 */
public interface TagCodeScheme {
    /** @return a stable description of the scheme, e.g. {@code gdti-96:0614141.00001} */
    String id();

    /** @return the largest serial the scheme can encode */
    long maxSerial();

    /**
     * @param serial the code number, 0 to {@link #maxSerial()}
     * @return the tag id to write into the tag
     * @throws IllegalArgumentException when the serial is out of range
     */
    TagId encode(long serial);

    /**
     * @param tag a tag id as read
     * @return its serial when the tag belongs to this scheme, otherwise empty
     */
    OptionalLong decode(TagId tag);

    /**
     * @param tag a tag id of this scheme
     * @return a human-readable form (the pure-identity URI for GS1 schemes)
     */
    String describe(TagId tag);

    /**
     * GDTI-96 under the archive's company prefix: one document type for personnel dossiers, the serial numbers the
     * dossiers.
     *
     * @param companyPrefix the archive's GS1 company prefix, 6 to 12 digits
     * @param documentType the document type, 12 minus the prefix's length in digits
     * @param filter the filter value 0 to 7
     * @return the scheme
     * @throws EpcException when the prefix, type or filter do not validate
     */
    static TagCodeScheme gdti96(String companyPrefix, String documentType, int filter) {
        return new Gs1TagCodeScheme(EpcScheme.GDTI_96, companyPrefix, documentType, filter);
    }

    /**
     * GIAI-96 under the archive's company prefix: the individual asset reference numbers the dossiers.
     *
     * @param companyPrefix the archive's GS1 company prefix, 6 to 12 digits
     * @param filter the filter value 0 to 7
     * @return the scheme
     * @throws EpcException when the prefix or filter do not validate
     */
    static TagCodeScheme giai96(String companyPrefix, int filter) {
        return new Gs1TagCodeScheme(EpcScheme.GIAI_96, companyPrefix, "", filter);
    }
}
