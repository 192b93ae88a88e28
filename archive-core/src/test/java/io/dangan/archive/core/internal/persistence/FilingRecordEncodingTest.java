package io.dangan.archive.core.internal.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.dangan.archive.filing.CheckResult;
import io.dangan.archive.filing.DeclaredFacts;
import io.dangan.archive.filing.EducationEntry;
import io.dangan.archive.filing.FactSheet;
import io.dangan.archive.filing.ReviewCheck;
import io.dangan.archive.filing.ReviewRecord;
import io.dangan.archive.filing.WorkHistoryEntry;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.EducationLevel;
import io.dangan.archive.model.MaterialId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The text encodings of review results and declared facts in their table columns round-trip. */
class FilingRecordEncodingTest {

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withCharRange('\u4e00', '\u4fff').withChars("ab -_，（）#\\/").ofMinLength(1)
                .ofMaxLength(30).filter(s -> !s.isBlank()).map(String::strip);
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(LocalDate.of(1940, 1, 1).toEpochDay(), LocalDate.of(2030, 1, 1).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    @Provide
    Arbitrary<FactSheet> sheets() {
        Arbitrary<EducationEntry> edu = Combinators.combine(Arbitraries.of(EducationLevel.class), texts(),
                dates().injectNull(0.3)).as(EducationEntry::new);
        Arbitrary<WorkHistoryEntry> work = Combinators.combine(dates(), Arbitraries.integers().between(0, 4000)
                .injectNull(0.3), texts(), texts()).as((from, days, unit, post) ->
                new WorkHistoryEntry(from, days == null ? null : from.plusDays(days), unit, post));
        return Combinators.combine(texts().injectNull(0.3), dates().injectNull(0.3), dates().injectNull(0.3),
                dates().injectNull(0.3), edu.list().ofMaxSize(4), work.list().ofMaxSize(6), texts().injectNull(0.5))
                .as(FactSheet::new);
    }

    @Property(tries = 300)
    void declaredFactsRoundTrip(@ForAll("sheets") FactSheet sheet) {
        DeclaredFacts facts = new DeclaredFacts(MaterialId.of("M1"), DossierId.of("D1"), sheet);
        assertThat(DeclaredFactsEntity.of(facts).toValue()).isEqualTo(facts);
    }

    @Property(tries = 300)
    void reviewResultsRoundTrip(@ForAll("texts") String reason, @ForAll boolean late,
            @ForAll("dates") LocalDate day) {
        List<CheckResult> results = new ArrayList<>();
        for (ReviewCheck c : ReviewCheck.values()) {
            results.add((c.ordinal() + reason.length()) % 3 == 0 ? CheckResult.fail(c, reason) : CheckResult.pass(c));
        }
        ReviewRecord r = new ReviewRecord(MaterialId.of("M1"), DossierId.of("D1"), "审核人", Instant.ofEpochSecond(
                day.toEpochDay() * 86_400L, 123_456_789), results, late, 31);
        assertThat(ReviewEntity.of(r, 3).toValue()).isEqualTo(r);
    }
}
