package io.dangan.archive.rfid.epc;

import io.dangan.archive.rfid.spi.TagId;
import io.dangan.archive.rfid.spi.TagKind;
import java.util.OptionalLong;

/** GDTI-96 or GIAI-96 under one company prefix; see {@link TagCodeScheme}. */
final class Gs1TagCodeScheme implements TagCodeScheme {
    private final EpcScheme scheme;
    private final String companyPrefix;
    private final String reference;
    private final int filter;
    private final long maxSerial;

    Gs1TagCodeScheme(EpcScheme scheme, String companyPrefix, String reference, int filter) {
        // validates prefix, reference and filter with serial 0
        Epc probe = new Epc(scheme, filter, companyPrefix, reference, "0");
        this.scheme = scheme;
        this.companyPrefix = probe.companyPrefix();
        this.reference = probe.reference();
        this.filter = filter;
        int p = probe.partition();
        if (scheme == EpcScheme.GIAI_96) {
            long bitsMax = (1L << scheme.referenceBits(p)) - 1;
            int digits = scheme.referenceDigits(p);
            long digitsMax = digits >= 19 ? Long.MAX_VALUE : pow10(digits) - 1;
            this.maxSerial = Math.min(bitsMax, digitsMax);
        } else {
            this.maxSerial = (1L << scheme.serialBits()) - 1;
        }
    }

    private static long pow10(int n) {
        long v = 1;
        for (int i = 0; i < n; i++) {
            v *= 10;
        }
        return v;
    }

    @Override
    public String id() {
        return scheme.tagUriName() + ":" + companyPrefix + (reference.isEmpty() ? "" : "." + reference);
    }

    @Override
    public long maxSerial() {
        return maxSerial;
    }

    @Override
    public TagId encode(long serial) {
        if (serial < 0 || serial > maxSerial) {
            throw new IllegalArgumentException("serial " + serial + " is outside 0.." + maxSerial + " for " + id());
        }
        return new Epc(scheme, filter, companyPrefix, reference, Long.toString(serial)).toTagId();
    }

    @Override
    public OptionalLong decode(TagId tag) {
        if (tag.kind() != TagKind.EPC || tag.length() != 12) {
            return OptionalLong.empty();
        }
        Epc epc;
        try {
            epc = Epc.fromTagId(tag);
        } catch (EpcException e) {
            return OptionalLong.empty();
        }
        if (epc.scheme() != scheme || !epc.companyPrefix().equals(companyPrefix) || !epc.reference().equals(reference)) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(epc.serial()));
    }

    @Override
    public String describe(TagId tag) {
        return Epc.fromTagId(tag).toPureIdentityUri();
    }

    @Override
    public String toString() {
        return id();
    }
}
