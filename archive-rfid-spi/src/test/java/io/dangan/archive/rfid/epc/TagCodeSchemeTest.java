package io.dangan.archive.rfid.epc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dangan.archive.rfid.spi.TagId;
import io.dangan.archive.rfid.spi.TagKind;
import java.nio.ByteBuffer;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class TagCodeSchemeTest {

    @Test
    void issuesGdtiCodesUnderTheArchivesCompanyPrefix() {
        TagCodeScheme scheme = TagCodeScheme.gdti96("6901234", "00001", 0);
        TagId first = scheme.encode(1);
        Epc epc = Epc.fromTagId(first);
        assertThat(epc.scheme()).isEqualTo(EpcScheme.GDTI_96);
        assertThat(epc.toPureIdentityUri()).isEqualTo("urn:epc:id:gdti:6901234.00001.1");
        assertThat(scheme.id()).isEqualTo("gdti-96:6901234.00001");
        assertThat(scheme.maxSerial()).isEqualTo((1L << 41) - 1);
    }

    @Test
    void issuesGiaiCodesBoundedByDigitsAndBits() {
        TagCodeScheme scheme = TagCodeScheme.giai96("6901234", 0);
        // partition 5: 58 bits, 18 digits -> 10^18 - 1 is smaller than 2^58 - 1
        assertThat(scheme.maxSerial()).isEqualTo(Math.min((1L << 58) - 1, 999_999_999_999_999_999L));
        assertThatThrownBy(() -> scheme.encode(scheme.maxSerial() + 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> scheme.encode(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void doesNotRecogniseTagsOfOtherPrefixesOrSchemes() {
        TagCodeScheme ours = TagCodeScheme.gdti96("6901234", "00001", 0);
        TagCodeScheme theirs = TagCodeScheme.gdti96("6901235", "00001", 0);
        assertThat(ours.decode(theirs.encode(5))).isEmpty();
        assertThat(ours.decode(TagCodeScheme.giai96("6901234", 0).encode(5))).isEmpty();
        assertThat(ours.decode(TagId.ofHex(TagKind.ISO15693_UID, "E004010012345678"))).isEmpty();
        assertThat(ours.decode(TagId.epc("FFFF"))).isEmpty();
    }

    @Test
    void rejectsAnInvalidCompanyPrefixUpFront() {
        assertThatThrownBy(() -> TagCodeScheme.gdti96("69012", "0000001", 0))
                .isInstanceOfSatisfying(EpcException.class,
                        e -> assertThat(e.code()).isEqualTo(EpcErrorCode.EPC_COMPANY_PREFIX_LENGTH));
        assertThatThrownBy(() -> TagCodeScheme.gdti96("6901234", "001", 0))
                .isInstanceOfSatisfying(EpcException.class, e -> assertThat(e.code()).isEqualTo(EpcErrorCode.EPC_FIELD_LENGTH));
    }

    /** A private numbering an integrator might plug in: a 2-byte marker then a 64-bit number. */
    private static final class PrivateScheme implements TagCodeScheme {
        @Override
        public String id() {
            return "private:D1A7";
        }

        @Override
        public long maxSerial() {
            return Long.MAX_VALUE;
        }

        @Override
        public TagId encode(long serial) {
            return TagId.of(TagKind.EPC, ByteBuffer.allocate(10).putShort((short) 0xD1A7).putLong(serial).array());
        }

        @Override
        public OptionalLong decode(TagId tag) {
            ByteBuffer b = ByteBuffer.wrap(tag.bytes());
            return tag.length() == 10 && b.getShort() == (short) 0xD1A7 ? OptionalLong.of(b.getLong()) : OptionalLong.empty();
        }

        @Override
        public String describe(TagId tag) {
            return "D1A7-" + decode(tag).orElseThrow();
        }
    }

    @Test
    void aPrivateSchemeCanBePluggedIn() {
        TagCodeScheme scheme = new PrivateScheme();
        assertThat(scheme.decode(scheme.encode(42))).hasValue(42);
        assertThat(scheme.describe(scheme.encode(42))).isEqualTo("D1A7-42");
    }
}
