package io.dangan.archive.core.internal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class AuditCodecTest {

    @Property(tries = 2_000)
    void anInstantIsEncodedAsItsOwnText(@ForAll("instants") Instant t) {
        byte[] text = t.toString().getBytes(StandardCharsets.UTF_8);
        byte[] expected = ByteBuffer.allocate(4 + text.length).putInt(text.length).put(text).array();
        assertThat(AuditCodec.instantField(t)).as(t.toString()).isEqualTo(expected);
    }

    /** Whole seconds, milli-, micro- and nanosecond fractions, across and beyond the four-digit years. */
    @Provide
    Arbitrary<Instant> instants() {
        Arbitrary<Long> seconds = Arbitraries.oneOf(
                Arbitraries.longs().between(-62_167_219_200L - 86_400, 253_402_300_800L + 86_400),
                Arbitraries.longs().between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond()),
                Arbitraries.of(0L, -1L, 59L, 60L, 86_399L, 86_400L, 951_782_400L, -62_167_219_200L,
                        -62_167_219_201L, 253_402_300_799L, 253_402_300_800L));
        Arbitrary<Integer> nanos = Arbitraries.oneOf(
                Arbitraries.just(0),
                Arbitraries.integers().between(0, 999).map(n -> n * 1_000_000),
                Arbitraries.integers().between(0, 999_999).map(n -> n * 1_000),
                Arbitraries.integers().between(0, 999_999_999));
        return Combinators.combine(seconds, nanos).as(Instant::ofEpochSecond);
    }
}
