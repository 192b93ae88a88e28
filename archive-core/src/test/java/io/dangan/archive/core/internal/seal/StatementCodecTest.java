package io.dangan.archive.core.internal.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dangan.archive.ErrorCode;
import io.dangan.archive.InvalidInputException;
import io.dangan.archive.model.Digest;
import io.dangan.archive.model.DigestAlgorithm;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.seal.SealKind;
import io.dangan.archive.seal.SealStatement;
import io.dangan.archive.testkit.ModelArbitraries;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class StatementCodecTest {

    static SealStatement sample() {
        return new SealStatement(DossierId.of("D-1"), 2, SealKind.AMENDMENT, 3, 5,
                new Digest(DigestAlgorithm.SM3, "ab".repeat(32)), "SM2", "0f".repeat(32),
                Instant.parse("2026-11-25T08:30:00.123456789Z"), "出生日期更正，依据户籍证明");
    }

    @Provide
    Arbitrary<SealStatement> statements() {
        Arbitrary<Integer> versions = Arbitraries.integers().between(1, 10_000);
        Arbitrary<Long> sizes = Arbitraries.longs().between(0, 1L << 40);
        Arbitrary<Instant> times = Arbitraries.longs().between(0, 4_102_444_800L)
                .flatMap(sec -> Arbitraries.integers().between(0, 999_999_999).map(n -> Instant.ofEpochSecond(sec, n)));
        Arbitrary<String> reasons = Arbitraries.strings().withChars("更正出生日期依据户籍证明abc 123").ofMinLength(1)
                .ofMaxLength(60).filter(r -> !r.isBlank()).map(String::strip);
        return Combinators.combine(ModelArbitraries.dossierIds(), versions, sizes, sizes, ModelArbitraries.digests(),
                        Arbitraries.of("SM2", "Ed25519", "ECDSA-P256"), times, reasons)
                .as((d, v, a, b, root, alg, at, reason) -> {
                    SealKind kind = v == 1 ? SealKind.INITIAL : (a % 2 == 0 ? SealKind.APPEND : SealKind.AMENDMENT);
                    long prev = v == 1 ? 0 : Math.min(a, b);
                    long size = v == 1 ? b : Math.max(a, b);
                    return new SealStatement(d, v, kind, prev, size, root, alg, HexFormat.of().formatHex(
                            root.bytes()), at, kind == SealKind.AMENDMENT ? reason : null);
                });
    }

    @Property(tries = 300)
    void decodingAnEncodedStatementGivesItBack(@ForAll("statements") SealStatement s) {
        assertThat(StatementCodec.decode(StatementCodec.encode(s))).isEqualTo(s);
    }

    @Property(tries = 300)
    void everySingleBitFlipIsRejectedOrDecodesToAnotherStatement(@ForAll("statements") SealStatement s,
            @ForAll @IntRange(min = 0, max = 100_000) int where) {
        byte[] enc = StatementCodec.encode(s);
        int bit = where % (enc.length * 8);
        byte[] flipped = enc.clone();
        flipped[bit / 8] ^= (byte) (1 << (bit % 8));
        try {
            assertThat(StatementCodec.decode(flipped)).isNotEqualTo(s);
        } catch (InvalidInputException e) {
            assertThat(e.code()).isEqualTo(ErrorCode.SEAL_ENCODING_MALFORMED);
        }
    }

    @Property(tries = 200)
    void everyTruncationIsRejected(@ForAll("statements") SealStatement s,
            @ForAll @IntRange(min = 0, max = 100_000) int cut) {
        byte[] enc = StatementCodec.encode(s);
        byte[] truncated = Arrays.copyOf(enc, cut % enc.length);
        assertThatThrownBy(() -> StatementCodec.decode(truncated)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void sampleStatementMatchesTheGoldenBytes() {
        assertThat(HexFormat.of().formatHex(StatementCodec.encode(sample()))).isEqualTo(GOLDEN_STATEMENT);
    }

    static final String GOLDEN_STATEMENT = "44475345414c010100000003442d310200000004000000020300000009414d454e444d454e5404000000080000000000"
            + "000003050000000800000000000000050600000003534d330700000020ababababababababababababababababababab"
            + "ababababababababababababab0800000003534d32090000004030663066306630663066306630663066306630663066"
            + "3066306630663066306630663066306630663066306630663066306630663066306630663066306630660a0000000c00"
            + "0000006b069c88075bcd150b00000027e587bae7949fe697a5e69c9fe69bb4e6ada3efbc8ce4be9de68daee688b7e7b1"
            + "8de8af81e6988e";
}
