package io.dangan.archive.rfid.epc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dangan.archive.rfid.spi.TagId;
import io.dangan.archive.rfid.spi.TagKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EpcTest {

    @Test
    @DisplayName("decodes the standard's worked SGTIN-96 example to its tag and pure-identity URIs")
    void decodesWorkedSgtinExample() {
        Epc epc = Epc.fromHex("3074257BF7194E4000001A85");
        assertThat(epc.scheme()).isEqualTo(EpcScheme.SGTIN_96);
        assertThat(epc.filter()).isEqualTo(3);
        assertThat(epc.partition()).isEqualTo(5);
        assertThat(epc.toTagUri()).isEqualTo("urn:epc:tag:sgtin-96:3.0614141.812345.6789");
        assertThat(epc.toPureIdentityUri()).isEqualTo("urn:epc:id:sgtin:0614141.812345.6789");
    }

    @Test
    @DisplayName("encodes the worked example's tag URI back to its hexadecimal form")
    void encodesWorkedSgtinExample() {
        assertThat(Epc.fromTagUri("urn:epc:tag:sgtin-96:3.0614141.812345.6789").toHex())
                .isEqualTo("3074257BF7194E4000001A85");
        assertThat(Epc.fromPureIdentityUri("urn:epc:id:sgtin:0614141.812345.6789", 3).toHex())
                .isEqualTo("3074257BF7194E4000001A85");
    }

    @Test
    void acceptsLowerCaseHexAndSurroundingSpace() {
        assertThat(Epc.fromHex(" 3074257bf7194e4000001a85 ").toHex()).isEqualTo("3074257BF7194E4000001A85");
    }

    @ParameterizedTest
    @CsvSource({
        "urn:epc:tag:gdti-96:1.0614141.12345.400, 2C",
        "urn:epc:tag:giai-96:1.0614141.5678, 34",
        "urn:epc:tag:grai-96:0.0614141.12345.400, 33",
        "urn:epc:tag:gdti-96:7.123456789012..1, 2C",
        "urn:epc:tag:giai-96:2.123456.4611686018427387903, 34"
    })
    void roundTripsEachSchemeThroughHex(String uri, String header) {
        Epc epc = Epc.fromTagUri(uri);
        assertThat(epc.toHex()).startsWith(header);
        assertThat(Epc.fromHex(epc.toHex())).isEqualTo(epc);
        assertThat(Epc.fromHex(epc.toHex()).toTagUri()).isEqualTo(uri);
    }

    @Test
    void rejectsSerialWithLeadingZero() {
        assertThatThrownBy(() -> Epc.fromTagUri("urn:epc:tag:sgtin-96:3.0614141.812345.06789"))
                .isInstanceOfSatisfying(EpcException.class, e -> {
                    assertThat(e.code()).isEqualTo(EpcErrorCode.EPC_SERIAL_LEADING_ZERO);
                    assertThat(e.getMessage()).contains("06789");
                });
    }

    @Test
    void rejectsSerialBeyondItsBitWidth() {
        // 2^38 = 274877906944 does not fit SGTIN-96's 38-bit serial; 2^38 - 1 does
        assertThat(Epc.fromTagUri("urn:epc:tag:sgtin-96:3.0614141.812345.274877906943").serial())
                .isEqualTo("274877906943");
        assertThatThrownBy(() -> Epc.fromTagUri("urn:epc:tag:sgtin-96:3.0614141.812345.274877906944"))
                .isInstanceOfSatisfying(EpcException.class,
                        e -> assertThat(e.code()).isEqualTo(EpcErrorCode.EPC_SERIAL_TOO_LARGE));
        assertThatThrownBy(() -> Epc.fromTagUri("urn:epc:tag:gdti-96:3.0614141.12345.2199023255552"))
                .isInstanceOfSatisfying(EpcException.class,
                        e -> assertThat(e.code()).isEqualTo(EpcErrorCode.EPC_SERIAL_TOO_LARGE));
    }

    @Test
    void rejectsPartitionSeven() {
        // SGTIN-96 header 0x30, filter 3, partition 7: 0011 0000 | 011 111 ...
        assertThatThrownBy(() -> Epc.fromHex("307C257BF7194E4000001A85"))
                .isInstanceOfSatisfying(EpcException.class, e -> {
                    assertThat(e.code()).isEqualTo(EpcErrorCode.EPC_PARTITION_INVALID);
                    assertThat(e.getMessage()).contains("partition 7");
                });
    }

    @Test
    void rejectsCompanyPrefixFieldWithTooManyDigits() {
        // partition 0: 40-bit company prefix; all ones = 1099511627775 has 13 digits
        assertThatThrownBy(() -> Epc.fromHex("3063FFFFFFFFFC0000000001"))
                .isInstanceOfSatisfying(EpcException.class, e -> {
                    assertThat(e.code()).isEqualTo(EpcErrorCode.EPC_FIELD_OVERFLOW);
                    assertThat(e.getMessage()).contains("company prefix").contains("12 digits");
                });
    }

    @Test
    void rejectsItemReferenceFieldWithTooManyDigits() {
        // partition 5 SGTIN: item reference 20 bits, 6 digits; 0xFFFFF = 1048575 has 7
        Epc ok = Epc.fromTagUri("urn:epc:tag:sgtin-96:3.0614141.812345.6789");
        byte[] b = ok.toBytes();
        // item reference occupies bits 38..57; set them all
        for (int bit = 38; bit < 58; bit++) {
            b[bit >>> 3] |= (byte) (1 << (7 - (bit & 7)));
        }
        assertThatThrownBy(() -> Epc.fromBytes(b))
                .isInstanceOfSatisfying(EpcException.class, e -> {
                    assertThat(e.code()).isEqualTo(EpcErrorCode.EPC_FIELD_OVERFLOW);
                    assertThat(e.getMessage()).contains("item reference").contains("1048575");
                });
    }

    @Test
    void rejectsUnsupportedHeader() {
        assertThatThrownBy(() -> Epc.fromHex("3574257BF7194E4000001A85"))
                .isInstanceOfSatisfying(EpcException.class, e -> {
                    assertThat(e.code()).isEqualTo(EpcErrorCode.EPC_HEADER_UNSUPPORTED);
                    assertThat(e.getMessage()).contains("0x35");
                });
    }

    @ParameterizedTest
    @CsvSource({
        "3074257BF7194E4000001A8, EPC_LENGTH",
        "3074257BF7194E4000001A8500, EPC_LENGTH",
        "3074257BF7194E4000001AGZ, EPC_HEX_MALFORMED",
        "'', EPC_LENGTH"
    })
    void rejectsMalformedHex(String hex, EpcErrorCode code) {
        assertThatThrownBy(() -> Epc.fromHex(hex))
                .isInstanceOfSatisfying(EpcException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    @ParameterizedTest
    @CsvSource({
        "urn:epc:tag:sgtin-96:8.0614141.812345.6789, EPC_FILTER_OUT_OF_RANGE",
        "urn:epc:tag:sgtin-96:3.0614141.81234.6789, EPC_FIELD_LENGTH",
        "urn:epc:tag:sgtin-96:3.06141.8123456.6789, EPC_COMPANY_PREFIX_LENGTH",
        "urn:epc:tag:sgtin-96:3.0614141.812345, EPC_URI_MALFORMED",
        "urn:epc:tag:sgtin-98:3.0614141.812345.6789, EPC_URI_MALFORMED",
        "urn:epc:tag:sgtin-96:3.0614141.812345.67a9, EPC_FIELD_NOT_NUMERIC",
        "urn:epc:tag:giai-96:3.0614141.01, EPC_SERIAL_LEADING_ZERO",
        "urn:epc:tag:giai-96:3.061414112345.12345678901234, EPC_SERIAL_TOO_LARGE",
        "urn:epc:tag:gdti-96:3.0614141.12345., EPC_FIELD_NOT_NUMERIC",
        "urn:epc:id:sgtin:0614141.812345.6789, EPC_URI_MALFORMED"
    })
    void rejectsMalformedTagUris(String uri, EpcErrorCode code) {
        assertThatThrownBy(() -> Epc.fromTagUri(uri))
                .isInstanceOfSatisfying(EpcException.class, e -> {
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.input()).isNotNull();
                });
    }

    @Test
    void parseRecognisesAllThreeForms() {
        assertThat(Epc.parse("3074257BF7194E4000001A85").serial()).isEqualTo("6789");
        assertThat(Epc.parse("urn:epc:tag:sgtin-96:3.0614141.812345.6789").filter()).isEqualTo(3);
        assertThat(Epc.parse("urn:epc:id:sgtin:0614141.812345.6789").filter()).isZero();
        assertThatThrownBy(() -> Epc.parse("urn:isbn:123")).isInstanceOf(EpcException.class);
    }

    @Test
    void convertsToAndFromEpcTagIds() {
        Epc epc = Epc.fromHex("3074257BF7194E4000001A85");
        TagId id = epc.toTagId();
        assertThat(id.kind()).isEqualTo(TagKind.EPC);
        assertThat(Epc.fromTagId(id)).isEqualTo(epc);
        assertThatThrownBy(() -> Epc.fromTagId(TagId.ofHex(TagKind.TID, "E2801160")))
                .isInstanceOf(EpcException.class);
    }
}
