package io.dangan.archive.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dangan.archive.ErrorCode;
import io.dangan.archive.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ModelValuesTest {
    private static final Digest SM3 = new Digest(DigestAlgorithm.SM3, "a".repeat(64));

    @Property
    void categoriesRoundTripThroughTheirCode(@ForAll @IntRange(min = 1, max = 10) int cls,
            @ForAll @IntRange(min = 0, max = 99) int sub) {
        MaterialCategory c = new MaterialCategory(cls, sub);
        assertThat(MaterialCategory.of(c.code())).isEqualTo(c);
    }

    @Test
    void rejectsMalformedAndUnknownCategories() {
        for (String bad : List.of("0", "11", "4-", "-1", "4-0", "04-1", "4-1-2", "a", "")) {
            assertThatThrownBy(() -> MaterialCategory.of(bad)).as(bad)
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.CATEGORY_UNKNOWN));
        }
        assertThat(MaterialCategory.of(" 9-2 ")).isEqualTo(new MaterialCategory(9, 2));
    }

    @Test
    void contentFileNamesCannotEscapeTheirFolder() {
        for (String bad : List.of("../etc/passwd", "a/b.pdf", "..", ".", "a\\b", "x\u0000.pdf", "")) {
            assertThatThrownBy(() -> new ContentRef(bad, "application/pdf", 1, List.of(SM3))).as(bad)
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.CONTENT_REF_INVALID));
        }
    }

    @Test
    void contentRefsNeedOneDigestPerAlgorithmAndAPlausibleMediaType() {
        assertThatThrownBy(() -> new ContentRef("a.pdf", "application/pdf", 1, List.of()))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new ContentRef("a.pdf", "application/pdf", 1, List.of(SM3, SM3)))
                .hasMessageContaining("two SM3 digests");
        assertThatThrownBy(() -> new ContentRef("a.pdf", "PDF", 1, List.of(SM3))).hasMessageContaining("media type");
        assertThatThrownBy(() -> new Digest(DigestAlgorithm.SHA_256, "AB".repeat(32))).hasMessageContaining("lower-case hex");
        assertThat(new ContentRef("扫描件.pdf", "application/pdf", 1, List.of(SM3)).digest(DigestAlgorithm.SM3)).contains(SM3);
    }

    @Test
    void idsAcceptIntegratorNumberingButNoPathCharacters() {
        assertThat(DossierId.of("NM-2026.0001_a").value()).isEqualTo("NM-2026.0001_a");
        for (String bad : List.of("", "-a", "a/b", "a b", "档案1", "x".repeat(65))) {
            assertThatThrownBy(() -> DossierId.of(bad)).as(bad).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.code()).isEqualTo(ErrorCode.ID_MALFORMED));
        }
    }

    @Test
    void subjectDatesMustFollowBirth() {
        CitizenId id = CitizenId.of("11010519491231002X");
        assertThatThrownBy(() -> new Subject(SubjectId.of("s1"), id, "王芳", Gender.FEMALE, LocalDate.of(1949, 12, 31),
                "汉族", LocalDate.of(1940, 1, 1), null, EducationLevel.BACHELOR, TitleLevel.NONE, PostLevel.NONE, 0))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.DATE_ORDER);
                    assertThat(e.location()).isEqualTo("subject s1/workStartDate");
                });
        assertThatThrownBy(() -> new Subject(SubjectId.of("s1"), id, "  ", Gender.FEMALE, LocalDate.of(1949, 12, 31),
                "汉族", null, null, EducationLevel.BACHELOR, TitleLevel.NONE, PostLevel.NONE, 0))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.REQUIRED_VALUE_MISSING));
    }

    @Test
    void materialsAreReceivedAfterTheyAreFormedAndHaveAPage() {
        LocalDate formed = LocalDate.of(2020, 5, 1);
        assertThatThrownBy(() -> new Material(MaterialId.of("m1"), DossierId.of("d1"), MaterialCategory.ofClass(1),
                "干部履历表", null, formed, "组织部", formed.minusDays(1), 2, List.of(), MaterialStatus.RECEIVED, 0, 0))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.DATE_ORDER));
        assertThatThrownBy(() -> new Material(MaterialId.of("m1"), DossierId.of("d1"), MaterialCategory.ofClass(1),
                "干部履历表", null, formed, "组织部", null, 0, List.of(), MaterialStatus.RECEIVED, 0, 0))
                .hasMessageContaining("0 pages");
        Material m = new Material(MaterialId.of("m1"), DossierId.of("d1"), MaterialCategory.ofClass(1),
                "干部履历表", null, formed, "组织部", null, 2, List.of(), MaterialStatus.RECEIVED, 0, 0);
        assertThat(m.filedAt(MaterialCategory.ofClass(1), 3)).extracting(Material::status, Material::sequence)
                .containsExactly(MaterialStatus.FILED, 3);
    }
}
