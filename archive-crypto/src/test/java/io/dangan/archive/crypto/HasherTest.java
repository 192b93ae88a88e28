package io.dangan.archive.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dangan.archive.model.DigestAlgorithm;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class HasherTest {
    private static final byte[] ABC = "abc".getBytes(StandardCharsets.US_ASCII);

    @Test
    void sm3MatchesTheGbT32905ExampleForAbc() {
        assertThat(Hasher.digest(DigestAlgorithm.SM3, ABC).hex())
                .isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
    }

    @Test
    void sm3MatchesTheGbT32905ExampleForSixtyFourBytes() {
        byte[] m = "abcd".repeat(16).getBytes(StandardCharsets.US_ASCII);
        assertThat(Hasher.digest(DigestAlgorithm.SM3, m).hex())
                .isEqualTo("debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732");
    }

    @Test
    void sha256MatchesFips180ExampleForAbc() {
        assertThat(Hasher.digest(DigestAlgorithm.SHA_256, ABC).hex())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void onePassComputesEveryAlgorithmInEnumOrderAndCountsBytes() throws IOException {
        HashResult r = Hasher.of(DigestAlgorithm.SHA_256, DigestAlgorithm.SM3).hash(new ByteArrayInputStream(ABC));
        assertThat(r.size()).isEqualTo(3);
        assertThat(r.digests()).extracting(d -> d.algorithm()).containsExactly(DigestAlgorithm.SM3,
                DigestAlgorithm.SHA_256);
        assertThat(r.digest(DigestAlgorithm.SM3)).isEqualTo(Hasher.digest(DigestAlgorithm.SM3, ABC));
        assertThat(r.digest(DigestAlgorithm.SHA_256)).isEqualTo(Hasher.digest(DigestAlgorithm.SHA_256, ABC));
    }

    @Test
    void finishBytesGivesTheRawDigestAndResets() {
        Hasher h = Hasher.of(DigestAlgorithm.SM3);
        h.update(new byte[] {7});
        h.reset();
        assertThat(h.update(ABC).finishBytes()).isEqualTo(Hasher.digest(DigestAlgorithm.SM3, ABC).bytes());
        assertThat(h.count()).isZero();
        assertThat(h.update(ABC).finishBytes()).isEqualTo(Hasher.digest(DigestAlgorithm.SM3, ABC).bytes());
        assertThatThrownBy(() -> Hasher.of(DigestAlgorithm.SM3, DigestAlgorithm.SHA_256).finishBytes())
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void finishResetsForTheNextMessage() {
        Hasher h = Hasher.of(DigestAlgorithm.SM3);
        h.update(new byte[] {1, 2, 3});
        h.finish();
        assertThat(h.count()).isZero();
        assertThat(h.update(ABC).finish().digest(DigestAlgorithm.SM3)).isEqualTo(Hasher.digest(DigestAlgorithm.SM3, ABC));
        h.update(new byte[] {9});
        h.reset();
        assertThat(h.update(ABC).finish().digest(DigestAlgorithm.SM3)).isEqualTo(Hasher.digest(DigestAlgorithm.SM3, ABC));
    }

    @Test
    void rejectsAnEmptyAlgorithmSetAndBadRanges() {
        assertThatThrownBy(() -> Hasher.of(Set.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Hasher.of(DigestAlgorithm.SM3).update(ABC, 2, 5))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Property(tries = 200)
    void chunkingDoesNotChangeTheDigests(@ForAll @Size(max = 3000) byte[] data, @ForAll @IntRange(min = 1, max = 700) int chunk,
            @ForAll boolean direct) {
        Hasher whole = Hasher.of(DigestAlgorithm.SM3, DigestAlgorithm.SHA_256);
        HashResult expected = whole.update(data).finish();
        Hasher pieces = Hasher.of(DigestAlgorithm.SM3, DigestAlgorithm.SHA_256);
        for (int i = 0; i < data.length; i += chunk) {
            int n = Math.min(chunk, data.length - i);
            if (direct) {
                ByteBuffer b = ByteBuffer.allocateDirect(n);
                b.put(data, i, n).flip();
                pieces.update(b);
                assertThat(b.hasRemaining()).isFalse();
            } else {
                pieces.update(ByteBuffer.wrap(data, i, n));
            }
        }
        assertThat(pieces.finish()).isEqualTo(expected);
        assertThat(expected.digest(DigestAlgorithm.SM3)).isEqualTo(Hasher.digest(DigestAlgorithm.SM3, data));
    }
}
