package io.dangan.archive.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dangan.archive.ErrorCode;
import io.dangan.archive.InvalidInputException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class UnitCodeTest {

    @Test
    void acceptsAPublishedCode() {
        assertThat(UnitCode.of(" 91350100m000100y43 ").value()).isEqualTo("91350100M000100Y43");
    }

    @Test
    void rejectsAWrongCheckCharacterSayingWhichWasExpected() {
        assertThatThrownBy(() -> UnitCode.of("91350100M000100Y44"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.UNIT_CODE_CHECK);
                    assertThat(e.getMessage()).contains("check character is 4, expected 3");
                });
    }

    @Test
    void rejectsLettersOutsideTheAlphabet() {
        assertThatThrownBy(() -> UnitCode.of("91350100I000100Y43"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.UNIT_CODE_CHARACTER);
                    assertThat(e.getMessage()).contains("position 9 is 'I'");
                });
        assertThatThrownBy(() -> UnitCode.of("9135"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.UNIT_CODE_LENGTH));
    }

    @Property
    void everyValidCodeRoundTrips(@ForAll("validCodes") String text) {
        assertThat(UnitCode.of(text.toLowerCase()).value()).isEqualTo(text);
    }

    @Property
    void everySingleCharacterChangeIsRejected(@ForAll("validCodes") String text,
            @ForAll("positions") int position, @ForAll("alphabet") char replacement) {
        Assume.that(text.charAt(position) != replacement);
        String changed = text.substring(0, position) + replacement + text.substring(position + 1);
        assertThatThrownBy(() -> new UnitCode(changed)).isInstanceOf(InvalidInputException.class);
    }

    @Provide
    Arbitrary<String> validCodes() {
        return alphabet().list().ofSize(17).map(cs -> {
            StringBuilder b = new StringBuilder();
            cs.forEach(b::append);
            return b.toString() + UnitCode.checkCharacter(b);
        });
    }

    @Provide
    Arbitrary<Integer> positions() {
        return Arbitraries.integers().between(0, 17);
    }

    @Provide
    Arbitrary<Character> alphabet() {
        return Arbitraries.of(UnitCode.ALPHABET.chars().mapToObj(c -> (char) c).toList());
    }
}
