package io.dangan.archive.rfid.epc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class EpcPropertiesTest {

    @Provide
    Arbitrary<Epc> epcs() {
        return Combinators.combine(
                Arbitraries.of(EpcScheme.values()),
                Arbitraries.integers().between(0, 7),
                Arbitraries.integers().between(0, 6),
                Arbitraries.longs().between(0, Long.MAX_VALUE),
                Arbitraries.longs().between(0, Long.MAX_VALUE),
                Arbitraries.longs().between(0, Long.MAX_VALUE))
                .as((scheme, filter, partition, cpSeed, refSeed, serialSeed) -> {
                    int cpDigits = scheme.companyPrefixDigits(partition);
                    String cp = digits(cpSeed, cpDigits);
                    if (scheme == EpcScheme.GIAI_96) {
                        long max = Math.min((1L << scheme.referenceBits(partition)) - 1,
                                scheme.referenceDigits(partition) >= 19 ? Long.MAX_VALUE
                                        : BigInteger.TEN.pow(scheme.referenceDigits(partition)).longValueExact() - 1);
                        return new Epc(scheme, filter, cp, "", Long.toString(serialSeed % (max + 1)));
                    }
                    String ref = digits(refSeed, scheme.referenceDigits(partition));
                    long serial = serialSeed % (1L << scheme.serialBits());
                    return new Epc(scheme, filter, cp, ref, Long.toString(serial));
                });
    }

    private static String digits(long seed, int n) {
        if (n == 0) {
            return "";
        }
        String s = Long.toString(seed % BigInteger.TEN.pow(Math.min(n, 18)).longValueExact());
        String padded = "0".repeat(Math.max(0, n - s.length())) + s;
        return padded.length() > n ? padded.substring(padded.length() - n) : padded;
    }

    @Property
    void hexRoundTrips(@ForAll("epcs") Epc epc) {
        String hex = epc.toHex();
        assertThat(hex).hasSize(24).matches("[0-9A-F]{24}");
        assertThat(Epc.fromHex(hex)).isEqualTo(epc);
    }

    @Property
    void tagUriRoundTrips(@ForAll("epcs") Epc epc) {
        assertThat(Epc.fromTagUri(epc.toTagUri())).isEqualTo(epc);
    }

    @Property
    void pureIdentityUriRoundTripsGivenTheFilter(@ForAll("epcs") Epc epc) {
        Epc back = Epc.fromPureIdentityUri(epc.toPureIdentityUri(), epc.filter());
        assertThat(back).isEqualTo(epc);
        assertThat(epc.toPureIdentityUri()).doesNotContain(":" + epc.filter() + ".");
    }

    @Property
    void randomBitsEitherDecodeToTheSameHexOrFailWithACode(
            @ForAll("headers") int header, @ForAll long high, @ForAll int low) {
        byte[] b = new byte[12];
        b[0] = (byte) header;
        for (int i = 0; i < 7; i++) {
            b[1 + i] = (byte) (high >>> (8 * i));
        }
        for (int i = 0; i < 4; i++) {
            b[8 + i] = (byte) (low >>> (8 * i));
        }
        String hex = java.util.HexFormat.of().withUpperCase().formatHex(b);
        try {
            Epc epc = Epc.fromHex(hex);
            assertThat(epc.toHex()).isEqualTo(hex);
        } catch (EpcException e) {
            assertThat(e.code()).isIn(EpcErrorCode.EPC_PARTITION_INVALID, EpcErrorCode.EPC_FIELD_OVERFLOW);
        }
    }

    @Provide
    Arbitrary<Integer> headers() {
        return Arbitraries.of(0x2C, 0x30, 0x33, 0x34);
    }

    @Property
    void gs1TagCodeSchemesDecodeWhatTheyEncode(@ForAll("serials") long serial, @ForAll boolean gdti) {
        TagCodeScheme scheme = gdti ? TagCodeScheme.gdti96("6901234", "00001", 1) : TagCodeScheme.giai96("6901234", 1);
        long n = serial % (scheme.maxSerial() + 1);
        assertThat(scheme.decode(scheme.encode(n))).hasValue(n);
        assertThat(scheme.describe(scheme.encode(n))).startsWith(gdti ? "urn:epc:id:gdti:6901234.00001." : "urn:epc:id:giai:6901234.");
    }

    @Provide
    Arbitrary<Long> serials() {
        return Arbitraries.longs().between(0, Long.MAX_VALUE);
    }
}
