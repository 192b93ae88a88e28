package io.dangan.archive.core.internal.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dangan.archive.ErrorCode;
import io.dangan.archive.InvalidInputException;
import io.dangan.archive.model.ContentRef;
import io.dangan.archive.model.Digest;
import io.dangan.archive.model.DigestAlgorithm;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.Material;
import io.dangan.archive.model.MaterialCategory;
import io.dangan.archive.model.MaterialId;
import io.dangan.archive.model.MaterialStatus;
import io.dangan.archive.seal.LeafKind;
import io.dangan.archive.testkit.ModelArbitraries;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LeafCodecTest {

    static Material sample() {
        return new Material(MaterialId.of("D-1-m1"), DossierId.of("D-1"), MaterialCategory.of("4-1"), "大学本科毕业证书",
                "DEGREE", LocalDate.of(2008, 7, 1), "某某大学", LocalDate.of(2008, 7, 13), 2,
                List.of(new ContentRef("p1.tif", "image/tiff", 3, List.of(
                        new Digest(DigestAlgorithm.SM3, "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0")))),
                MaterialStatus.FILED, 1, 7);
    }

    @Provide
    Arbitrary<Material> materials() {
        return ModelArbitraries.materials();
    }

    @Property(tries = 300)
    void decodingAnEncodedMaterialGivesItsMetadataBack(@ForAll("materials") Material m,
            @ForAll @IntRange(min = 1, max = 1000) int revision) {
        LeafCodec.Leaf leaf = LeafCodec.decode(LeafCodec.encode(m, LeafKind.FILED, revision));
        assertThat(leaf.kind()).isEqualTo(LeafKind.FILED);
        assertThat(leaf.dossier()).isEqualTo(m.dossier());
        assertThat(leaf.material()).isEqualTo(m.id());
        assertThat(leaf.revision()).isEqualTo(revision);
        LeafCodec.Body body = LeafCodec.Body.of(m);
        assertThat(leaf.body()).isNotNull();
        assertThat(LeafCodec.diff(leaf.body(), body)).isEmpty();
    }

    @Property(tries = 300)
    void encodingIsDeterministicAndIgnoresTheOptimisticLockVersion(@ForAll("materials") Material m) {
        assertThat(LeafCodec.encode(m.withVersion(42), LeafKind.AMENDED, 3))
                .isEqualTo(LeafCodec.encode(m, LeafKind.AMENDED, 3));
    }

    @Property(tries = 200)
    void everySingleBitFlipIsRejectedOrDecodesToAnotherLeaf(@ForAll("materials") Material m,
            @ForAll @IntRange(min = 0, max = 100_000) int where) {
        byte[] enc = LeafCodec.encode(m, LeafKind.FILED, 1);
        int bit = where % (enc.length * 8);
        byte[] flipped = enc.clone();
        flipped[bit / 8] ^= (byte) (1 << (bit % 8));
        try {
            LeafCodec.Leaf other = LeafCodec.decode(flipped);
            assertThat(Arrays.equals(LeafCodec.encode(other), enc)).isFalse();
            assertThat(other).isNotEqualTo(LeafCodec.decode(enc));
        } catch (InvalidInputException e) {
            assertThat(e.code()).isEqualTo(ErrorCode.SEAL_ENCODING_MALFORMED);
        }
    }

    @Property(tries = 200)
    void everyTruncationIsRejected(@ForAll("materials") Material m, @ForAll @IntRange(min = 0, max = 100_000) int cut) {
        byte[] enc = LeafCodec.encode(m, LeafKind.FILED, 1);
        byte[] truncated = Arrays.copyOf(enc, cut % enc.length);
        assertThatThrownBy(() -> LeafCodec.decode(truncated)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).code()).isEqualTo(ErrorCode.SEAL_ENCODING_MALFORMED);
    }

    @Property(tries = 100)
    void trailingBytesAreRejected(@ForAll("materials") Material m, @ForAll byte extra) {
        byte[] enc = LeafCodec.encode(m, LeafKind.FILED, 1);
        byte[] longer = Arrays.copyOf(enc, enc.length + 1);
        longer[enc.length] = extra;
        assertThatThrownBy(() -> LeafCodec.decode(longer)).isInstanceOf(InvalidInputException.class);
    }

    @Property(tries = 200)
    void twoMaterialsShareAnEncodingOnlyWhenTheirSealedFieldsAreEqual(@ForAll("materials") Material a,
            @ForAll("materials") Material b) {
        boolean sameBytes = Arrays.equals(LeafCodec.encode(a, LeafKind.FILED, 1), LeafCodec.encode(b, LeafKind.FILED, 1));
        boolean sameFields = a.id().equals(b.id()) && a.dossier().equals(b.dossier())
                && LeafCodec.diff(LeafCodec.Body.of(a), LeafCodec.Body.of(b)).isEmpty();
        assertThat(sameBytes).isEqualTo(sameFields);
    }

    @Test
    @DisplayName("the sample leaf has the bytes given in docs/seal-format.md")
    void sampleLeafMatchesTheGoldenBytes() {
        byte[] enc = LeafCodec.encode(sample(), LeafKind.FILED, 1);
        assertThat(HexFormat.of().formatHex(enc)).isEqualTo(GOLDEN_LEAF);
    }

    @Test
    void withdrawalCarriesOnlyTheIdentity() {
        byte[] enc = LeafCodec.withdrawal(DossierId.of("D-1"), MaterialId.of("D-1-m1"), 2);
        LeafCodec.Leaf leaf = LeafCodec.decode(enc);
        assertThat(leaf.kind()).isEqualTo(LeafKind.WITHDRAWN);
        assertThat(leaf.body()).isNull();
        assertThat(leaf.revision()).isEqualTo(2);
    }

    @Test
    void diffNamesEachChangedField() {
        Material m = sample();
        Material changed = new Material(m.id(), m.dossier(), m.category(), "大学本科毕业证书（复印件）", m.typeCode(),
                m.formedDate(), m.sourceUnit(), m.receivedDate(), 3, m.contents(), m.status(), m.sequence(), 0);
        assertThat(LeafCodec.diff(LeafCodec.Body.of(m), LeafCodec.Body.of(changed)))
                .extracting(LeafCodec.FieldDiff::field).containsExactly("title", "pages");
    }

    @Test
    void nonCanonicalDigestOrderIsRejected() {
        Material m = sample();
        ContentRef two = new ContentRef("p.pdf", "application/pdf", 1, List.of(
                new Digest(DigestAlgorithm.SHA_256, "00".repeat(32)), new Digest(DigestAlgorithm.SM3, "11".repeat(32))));
        Material withTwo = new Material(m.id(), m.dossier(), m.category(), m.title(), m.typeCode(), m.formedDate(),
                m.sourceUnit(), m.receivedDate(), m.pages(), List.of(two), m.status(), m.sequence(), 0);
        byte[] enc = LeafCodec.encode(withTwo, LeafKind.FILED, 1);
        // the encoder sorts digests by algorithm (SM3 before SHA-256)
        assertThat(LeafCodec.decode(enc).body().contents().get(0).digests()).extracting(Digest::algorithm)
                .containsExactly(DigestAlgorithm.SM3, DigestAlgorithm.SHA_256);
        // the same digests in the other order are not canonical, so the decoder refuses them
        int sm3 = indexOf(enc, new byte[] {4, 0, 0, 0, 36, 'S', 'M', '3', 0});
        int sha = sm3 + 5 + 36;
        byte[] swapped = enc.clone();
        System.arraycopy(enc, sha, swapped, sm3, 5 + 40);
        System.arraycopy(enc, sm3, swapped, sm3 + 5 + 40, 5 + 36);
        assertThat(swapped).isNotEqualTo(enc);
        assertThatThrownBy(() -> LeafCodec.decode(swapped)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("canonical");
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= data.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("pattern not found");
    }

    static final String GOLDEN_LEAF = "44474c454146010100000001010200000003442d310300000006442d312d6d310400000004000000010500000003342d"
            + "310600000004000000010700000018e5a4a7e5ada6e69cace7a791e6af95e4b89ae8af81e4b9a6080000000644454752"
            + "4545090000000a323030382d30372d30310a0000000ce69f90e69f90e5a4a7e5ada60b0000000a323030382d30372d31"
            + "330c00000004000000020d0000000546494c45440e00000004000000010f00000050010000000670312e746966020000"
            + "000a696d6167652f74696666030000000800000000000000030400000024534d330066c7f0f462eeedd9d1f2d46bdc10"
            + "e4e24167c4875cf2f7a2297da02b8f4ba8e0";
}
