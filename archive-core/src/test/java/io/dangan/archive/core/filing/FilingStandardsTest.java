package io.dangan.archive.core.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dangan.archive.ErrorCode;
import io.dangan.archive.InvalidInputException;
import io.dangan.archive.NotFoundException;
import io.dangan.archive.core.FilingStandards;
import io.dangan.archive.core.FilingStandards.Document;
import io.dangan.archive.filing.CategoryDefinition;
import io.dangan.archive.filing.FilingStandard;
import io.dangan.archive.filing.OrderingRule;
import io.dangan.archive.filing.StandardRegistry;
import io.dangan.archive.model.MaterialCategory;
import io.dangan.archive.model.TitleLevel;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FilingStandardsTest {

    static final String LOCAL = """
            {
              "format": 1,
              "id": "zhejiang-2021",
              "name": "某省干部人事档案材料归档细则（2021）",
              "extends": "cadre-2018",
              "effectiveFrom": "2021-03-01",
              "types": [
                { "code": "INTEGRITY_REPORT", "name": "个人有关事项报告表", "category": "10" }
              ],
              "rules": [
                { "id": "integrity-report", "type": "INTEGRITY_REPORT", "when": { "minPostLevel": "DEPUTY_DIVISION" },
                  "description": "副处级及以上干部应有个人有关事项报告表" },
                { "id": "title-evaluation", "type": "TITLE_EVALUATION", "when": { "minTitleLevel": "DEPUTY_SENIOR" },
                  "description": "副高级及以上职称应有评审表" }
              ],
              "removeRules": ["annual-appraisal"]
            }
            """;

    static InvalidInputException loadFails(String source, String json) {
        ThrowingCallable load = () -> FilingStandards.load(List.of(Document.of(source, json)), List.of());
        assertThatThrownBy(load).isInstanceOf(InvalidInputException.class);
        try {
            load.call();
        } catch (Throwable e) {
            return (InvalidInputException) e;
        }
        throw new AssertionError("unreachable");
    }

    @Nested
    @DisplayName("the shipped standards")
    class Shipped {
        final StandardRegistry registry = FilingStandards.shipped();

        @Test
        void the2018SchemeHasTenClassesWithSubClassesOfClassesFourAndNine() {
            FilingStandard s = registry.get("cadre-2018");
            assertThat(s.categories().stream().filter(c -> !c.category().hasSubClass()).map(c -> c.category().classNumber()))
                    .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
            assertThat(s.categories().stream().filter(c -> c.category().hasSubClass()).map(c -> c.category().code()))
                    .containsExactly("4-1", "4-2", "4-3", "4-4", "9-1", "9-2", "9-3", "9-4");
            assertThat(s.category(MaterialCategory.ofClass(6)).map(CategoryDefinition::name)).contains("党、团类材料");
            assertThat(s.isFilingPlace(MaterialCategory.ofClass(4))).isFalse();
            assertThat(s.isFilingPlace(MaterialCategory.of("4-2"))).isTrue();
            assertThat(s.isFilingPlace(MaterialCategory.ofClass(3))).isTrue();
        }

        @Test
        void classesOneAndTwoAreOrderedByFormationDate() {
            FilingStandard s = registry.get("cadre-2018");
            assertThat(s.category(MaterialCategory.ofClass(1)).orElseThrow().ordering()).isEqualTo(OrderingRule.FORMED_DATE);
            assertThat(s.category(MaterialCategory.ofClass(2)).orElseThrow().ordering()).isEqualTo(OrderingRule.FORMED_DATE);
        }

        @Test
        void anAppointmentApprovalFormGoesToClassNine() {
            assertThat(registry.get("cadre-2018").type("APPOINTMENT_APPROVAL").orElseThrow().category())
                    .isEqualTo(MaterialCategory.of("9-2"));
        }

        @Test
        void the2009SchemeUsesItsOwnNamesAndFivePartClassFour() {
            FilingStandard s = registry.get("cadre-2009");
            assertThat(s.category(MaterialCategory.ofClass(6)).orElseThrow().name()).isEqualTo("加入党团材料");
            assertThat(s.category(MaterialCategory.ofClass(8)).orElseThrow().name()).isEqualTo("处分材料");
            assertThat(s.isFilingPlace(MaterialCategory.of("4-5"))).isTrue();
        }

        @Test
        void unverifiedFactsAreListedAsPointers() {
            assertThat(registry.get("cadre-2018").unverified()).contains("/effectiveFrom", "/rules");
            assertThat(registry.get("cadre-2018").unverified()).doesNotContain("/categories/0/ordering");
        }

        @Test
        void theStandardInForceDependsOnTheDate() {
            assertThat(registry.inForce(LocalDate.of(2015, 5, 1)).id()).isEqualTo("cadre-2009");
            assertThat(registry.inForce(LocalDate.of(2018, 11, 27)).id()).isEqualTo("cadre-2009");
            assertThat(registry.inForce(LocalDate.of(2018, 11, 28)).id()).isEqualTo("cadre-2018");
            assertThatThrownBy(() -> registry.inForce(LocalDate.of(2001, 1, 1)))
                    .isInstanceOf(NotFoundException.class)
                    .satisfies(e -> assertThat(((NotFoundException) e).code()).isEqualTo(ErrorCode.STANDARD_NOT_IN_FORCE));
        }

        @Test
        void theMappingTableLinks2009To2018() {
            assertThat(registry.mapping("cadre-2009", "cadre-2018")).isPresent();
            assertThat(registry.mapping("cadre-2009", "cadre-2018").orElseThrow().entry(MaterialCategory.of("4-2"))
                    .orElseThrow().ambiguous()).isTrue();
        }
    }

    @Nested
    @DisplayName("a local 细则 extending a shipped standard")
    class Local {
        final StandardRegistry registry = FilingStandards.load(List.of(Document.of("zhejiang-2021.json", LOCAL)), List.of());

        @Test
        void inheritsCategoriesTypesAndSettingsAndAddsItsOwn() {
            FilingStandard s = registry.get("zhejiang-2021");
            assertThat(s.parent()).isEqualTo("cadre-2018");
            assertThat(s.categories()).hasSameSizeAs(registry.get("cadre-2018").categories());
            assertThat(s.type("INTEGRITY_REPORT")).isPresent();
            assertThat(s.type("RESUME")).isPresent();
            assertThat(s.filingDeadline()).isEqualTo(registry.get("cadre-2018").filingDeadline());
        }

        @Test
        void overridesAndRemovesRulesById() {
            FilingStandard s = registry.get("zhejiang-2021");
            assertThat(s.rules()).extracting(r -> r.id()).doesNotContain("annual-appraisal").contains("integrity-report");
            assertThat(s.rules().stream().filter(r -> r.id().equals("title-evaluation")).findFirst().orElseThrow()
                    .condition().minTitleLevel()).isEqualTo(TitleLevel.DEPUTY_SENIOR);
        }

        @Test
        void isInForceFromItsOwnDate() {
            assertThat(registry.inForce(LocalDate.of(2021, 2, 28)).id()).isEqualTo("cadre-2018");
            assertThat(registry.inForce(LocalDate.of(2021, 3, 1)).id()).isEqualTo("zhejiang-2021");
        }

        @Test
        void beatsItsBaseWhenBothStartOnTheSameDay() {
            String sameDay = LOCAL.replace("2021-03-01", "2018-11-28");
            StandardRegistry lib = FilingStandards.load(List.of(Document.of("same-day.json", sameDay)), List.of());
            assertThat(lib.inForce(LocalDate.of(2019, 1, 1)).id()).isEqualTo("zhejiang-2021");
        }
    }

    @Nested
    @DisplayName("bad standard documents")
    class Bad {
        @Test
        void rejectsACyclicExtensionNamingTheCycle() {
            String a = "{\"format\":1,\"id\":\"a\",\"name\":\"A\",\"extends\":\"b\",\"effectiveFrom\":\"2020-01-01\"}";
            String b = "{\"format\":1,\"id\":\"b\",\"name\":\"B\",\"extends\":\"a\",\"effectiveFrom\":\"2020-01-01\"}";
            assertThatThrownBy(() -> FilingStandards.load(List.of(Document.of("a.json", a), Document.of("b.json", b)),
                    List.of()))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.STANDARD_EXTENSION_CYCLE);
                        assertThat(e.location()).isEqualTo("a.json#/extends");
                        assertThat(e.getMessage()).contains("a → b → a");
                    });
        }

        @Test
        void rejectsARuleThatNamesAnUnknownMaterialType() {
            String json = LOCAL.replace("\"type\": \"INTEGRITY_REPORT\"", "\"type\": \"NO_SUCH_TYPE\"");
            InvalidInputException e = loadFails("local.json", json);
            assertThat(e.code()).isEqualTo(ErrorCode.STANDARD_UNKNOWN_REFERENCE);
            assertThat(e.location()).isEqualTo("local.json#/rules/0/type");
        }

        @Test
        void rejectsATypeBoundToAnUnknownCategory() {
            String json = LOCAL.replace("\"category\": \"10\"", "\"category\": \"9-7\"");
            InvalidInputException e = loadFails("local.json", json);
            assertThat(e.code()).isEqualTo(ErrorCode.STANDARD_UNKNOWN_REFERENCE);
            assertThat(e.location()).isEqualTo("local.json#/types/0/category");
        }

        @Test
        void rejectsATypeBoundToAClassThatHasSubClasses() {
            String json = LOCAL.replace("\"category\": \"10\"", "\"category\": \"4\"");
            assertThat(loadFails("local.json", json).getMessage()).contains("a class with sub-classes");
        }

        @Test
        void rejectsAMalformedCategoryCodeAtItsPointer() {
            String json = LOCAL.replace("\"category\": \"10\"", "\"category\": \"11-x\"");
            InvalidInputException e = loadFails("local.json", json);
            assertThat(e.code()).isEqualTo(ErrorCode.CATEGORY_UNKNOWN);
            assertThat(e.location()).isEqualTo("local.json#/types/0/category");
        }

        @Test
        void rejectsMalformedJsonNamingTheFile() {
            InvalidInputException e = loadFails("broken.json", "{\"format\": 1, \"id\": ");
            assertThat(e.code()).isEqualTo(ErrorCode.JSON_MALFORMED);
            assertThat(e.location()).startsWith("broken.json");
        }

        @Test
        void rejectsAnUnknownFieldAtItsPointer() {
            String json = LOCAL.replace("\"when\": { \"minPostLevel\"", "\"when\": { \"colour\": \"red\", \"minPostLevel\"");
            InvalidInputException e = loadFails("local.json", json);
            assertThat(e.code()).isEqualTo(ErrorCode.JSON_UNKNOWN_FIELD);
            assertThat(e.location()).isEqualTo("local.json#/rules/0/when/colour");
        }

        @Test
        void rejectsAnUnknownEnumValueListingTheAllowedOnes() {
            String json = LOCAL.replace("\"DEPUTY_DIVISION\"", "\"GENERAL\"");
            InvalidInputException e = loadFails("local.json", json);
            assertThat(e.code()).isEqualTo(ErrorCode.JSON_INVALID_VALUE);
            assertThat(e.location()).isEqualTo("local.json#/rules/0/when/minPostLevel");
            assertThat(e.getMessage()).contains("DEPUTY_DIVISION");
        }

        @Test
        void rejectsAnUnsupportedFormat() {
            InvalidInputException e = loadFails("local.json", LOCAL.replace("\"format\": 1", "\"format\": 2"));
            assertThat(e.code()).isEqualTo(ErrorCode.JSON_UNSUPPORTED_VERSION);
            assertThat(e.location()).isEqualTo("local.json#/format");
        }

        @Test
        void rejectsAnUnknownParent() {
            InvalidInputException e = loadFails("local.json", LOCAL.replace("\"extends\": \"cadre-2018\"",
                    "\"extends\": \"cadre-1991\""));
            assertThat(e.code()).isEqualTo(ErrorCode.STANDARD_UNKNOWN_REFERENCE);
            assertThat(e.location()).isEqualTo("local.json#/extends");
        }

        @Test
        void rejectsADuplicateStandardId() {
            InvalidInputException e = loadFails("again.json", LOCAL.replace("zhejiang-2021", "cadre-2018")
                    .replace("\"extends\": \"cadre-2018\",", "\"extends\": \"cadre-2009\","));
            assertThat(e.code()).isEqualTo(ErrorCode.STANDARD_DUPLICATE);
        }

        @Test
        void rejectsRemovingARuleThatIsNotInherited() {
            InvalidInputException e = loadFails("local.json", LOCAL.replace("\"annual-appraisal\"", "\"no-such-rule\""));
            assertThat(e.code()).isEqualTo(ErrorCode.STANDARD_UNKNOWN_REFERENCE);
            assertThat(e.location()).isEqualTo("local.json#/removeRules/0");
        }

        @Test
        void rejectsADocumentOverOneMebibyte() {
            String big = "{\"format\":1,\"note\":\"" + "x".repeat(1 << 20) + "\"}";
            assertThat(loadFails("big.json", big).code()).isEqualTo(ErrorCode.VALUE_TOO_LONG);
        }
    }

    @Provide
    Arbitrary<String> mangled() {
        return Arbitraries.integers().between(0, LOCAL.length() - 1).tuple2().map(t -> {
            int a = Math.min(t.get1(), t.get2());
            int b = Math.max(t.get1(), t.get2());
            return LOCAL.substring(0, a) + LOCAL.substring(b);
        });
    }

    @Property(tries = 300)
    void aMangledDocumentEitherLoadsOrFailsWithALocatedArchiveError(@ForAll("mangled") String json) {
        try {
            StandardRegistry lib = FilingStandards.load(List.of(Document.of("m.json", json)), List.of());
            assertThat(lib.standards()).hasSizeGreaterThanOrEqualTo(2);
        } catch (InvalidInputException e) {
            assertThat(e.location()).startsWith("m.json");
        }
    }
}
