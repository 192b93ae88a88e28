package io.dangan.archive.testkit;

import io.dangan.archive.filing.FilingStandard;
import java.time.LocalDate;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries (生成器) of dossiers for any filing standard: complete ones, and ones with exactly one
 * planted defect, so an integrator can check their own rule set reports each defect once.
 *
 * <pre>{@code
 * @Property
 * void eachPlantedDefectIsReportedOnce(@ForAll("defective") FilingArbitraries.Planted p) { ... }
 * }</pre>
 */
public final class FilingArbitraries {
    /** The audit date the generated dossiers are built for. */
    public static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

    private FilingArbitraries() {
    }

    /**
     * A complete dossier with the defect planted into it.
     *
     * @param complete the complete dossier
     * @param defect the planted defect
     * @param defective the dossier with the defect
     */
    public record Planted(BuiltDossier complete, PlantedDefect defect, BuiltDossier defective) {
        public Planted {
            Objects.requireNonNull(complete, "complete");
            Objects.requireNonNull(defect, "defect");
            Objects.requireNonNull(defective, "defective");
        }
    }

    /**
     * @param standard the standard
     * @return complete dossiers for seeded subjects, with more extra materials than the standard has filing places
     *     (so some category always holds two), up to 40 more
     */
    public static Arbitrary<BuiltDossier> completeDossiers(FilingStandard standard) {
        int places = (int) standard.categories().stream().filter(c -> standard.isFilingPlace(c.category())).count();
        return Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(places + 1, places + 40))
                .as((seed, extra) -> DossierBuilder.forStandard(standard, seed).asOf(AS_OF).extraMaterials(extra).build());
    }

    /**
     * @param standard the standard
     * @return dossiers with exactly one planted defect of any kind
     */
    public static Arbitrary<Planted> dossiersWithOneDefect(FilingStandard standard) {
        return Combinators.combine(completeDossiers(standard), Arbitraries.of(PlantedDefect.class), Arbitraries.longs())
                .as((complete, defect, seed) -> new Planted(complete, defect,
                        DossierBuilder.plant(complete, standard, defect, seed)));
    }
}
