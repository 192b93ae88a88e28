package io.dangan.archive.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dangan.archive.ErrorCode;
import io.dangan.archive.InvalidInputException;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class CitizenIdTest {

    /** The GB 11643 worked example: 11010519491231002X. */
    @Test
    void acceptsTheStandardsWorkedExample() {
        CitizenId id = CitizenId.of("11010519491231002x");
        assertThat(id.value()).isEqualTo("11010519491231002X");
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.gender()).isEqualTo(Gender.FEMALE);
        assertThat(id.regionCode()).isEqualTo("110105");
        assertThat(id.masked()).isEqualTo("110105********002X");
    }

    @Test
    void rejectsCitizenIdWithWrongCheckCharacter() {
        assertThatThrownBy(() -> CitizenId.of("150525198501011237"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.CITIZEN_ID_CHECK);
                    assertThat(e.getMessage()).contains("150525198501011237").contains("check character is 7, expected");
                });
    }

    @Test
    void namesThePositionOfABadCharacter() {
        assertThatThrownBy(() -> CitizenId.of("1505251985A1011237"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.CITIZEN_ID_CHARACTER);
                    assertThat(e.getMessage()).contains("position 11 is 'A'");
                });
    }

    @Test
    void rejectsImpossibleBirthDatesAndRegions() {
        String feb30 = "15052519850230123";
        assertThatThrownBy(() -> CitizenId.of(feb30 + CitizenId.checkCharacter(feb30)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.CITIZEN_ID_BIRTH_DATE));
        String region99 = "99052519850201123";
        assertThatThrownBy(() -> CitizenId.of(region99 + CitizenId.checkCharacter(region99)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.CITIZEN_ID_REGION));
        assertThatThrownBy(() -> CitizenId.of("1234"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.CITIZEN_ID_LENGTH));
    }

    @Test
    void upgradesALegacyFifteenDigitId() {
        CitizenId id = CitizenId.of("150525850101123");
        assertThat(id.value()).startsWith("15052519850101123").hasSize(18);
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1985, 1, 1));
        assertThat(id.gender()).isEqualTo(Gender.MALE);
    }

    @Property
    void everyValidIdRoundTrips(@ForAll("validIds") String text) {
        CitizenId id = CitizenId.of(text);
        assertThat(id.value()).isEqualTo(text);
        assertThat(CitizenId.of(id.toString())).isEqualTo(id);
        assertThat(CitizenId.of(" " + text.toLowerCase() + " ")).isEqualTo(id);
    }

    @Property
    void everySingleCharacterChangeIsRejected(@ForAll("validIds") String text,
            @ForAll("positions") int position, @ForAll("idCharacters") char replacement) {
        net.jqwik.api.Assume.that(text.charAt(position) != replacement);
        String changed = text.substring(0, position) + replacement + text.substring(position + 1);
        assertThatThrownBy(() -> new CitizenId(changed)).isInstanceOf(InvalidInputException.class);
    }

    @Provide
    Arbitrary<String> validIds() {
        Arbitrary<String> region = Arbitraries.of("110105", "150525", "310101", "440103", "510104", "820000", "650102");
        Arbitrary<LocalDate> birth = Arbitraries.longs().between(LocalDate.of(1900, 1, 1).toEpochDay(),
                LocalDate.of(2025, 12, 31).toEpochDay()).map(LocalDate::ofEpochDay);
        Arbitrary<Integer> seq = Arbitraries.integers().between(0, 999);
        return Combinators.combine(region, birth, seq).as((r, b, s) -> {
            String body = r + "%04d%02d%02d%03d".formatted(b.getYear(), b.getMonthValue(), b.getDayOfMonth(), s);
            return body + CitizenId.checkCharacter(body);
        });
    }

    @Provide
    Arbitrary<Integer> positions() {
        return Arbitraries.integers().between(0, 17);
    }

    @Provide
    Arbitrary<Character> idCharacters() {
        return Arbitraries.of('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'X');
    }
}
