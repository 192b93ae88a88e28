package io.dangan.archive.benchmarks.filing;

import io.dangan.archive.filing.FilingStandard;
import io.dangan.archive.model.Dossier;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.Material;
import io.dangan.archive.model.MaterialId;
import io.dangan.archive.model.Subject;
import io.dangan.archive.model.UnitId;
import io.dangan.archive.testkit.BuiltDossier;
import io.dangan.archive.testkit.DossierBuilder;
import io.dangan.archive.testkit.PlantedDefect;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A province-sized repository generated on the fly, as a store streams it: dossiers ordered by id and their
 * materials in catalogue order, each {@link Material} value constructed as it is read (as a store maps a
 * row). Only {@value #TEMPLATES} template dossiers are held in memory, so the heap stays small whatever the
 * size; one template in four carries a planted defect.
 */
final class GeneratedRepository {
    static final int TEMPLATES = 64;
    static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);
    private static final UnitId CUSTODIAN = UnitId.of("U-province");

    private final BuiltDossier[] templates = new BuiltDossier[TEMPLATES];
    private final int materialsPerDossier;

    GeneratedRepository(FilingStandard standard, int materialsPerDossier) {
        this.materialsPerDossier = materialsPerDossier;
        PlantedDefect[] defects = PlantedDefect.values();
        for (int t = 0; t < TEMPLATES; t++) {
            DossierBuilder b = DossierBuilder.forStandard(standard, 1000 + t).asOf(AS_OF);
            int required = b.requiredTypes().size();
            BuiltDossier d = b.extraMaterials(Math.max(0, materialsPerDossier - required)).build();
            templates[t] = t % 4 == 3 ? DossierBuilder.plant(d, standard, defects[t / 4 % defects.length], t) : d;
        }
    }

    /** @return materials per dossier (before planted defects) */
    int materialsPerDossier() {
        return materialsPerDossier;
    }

    static DossierId dossierId(long index) {
        String digits = Long.toString(index);
        return DossierId.of("D" + "0000000".substring(Math.min(7, digits.length())) + digits);
    }

    BuiltDossier template(long index) {
        return templates[(int) (index % TEMPLATES)];
    }

    Subject subject(Dossier dossier) {
        String v = dossier.id().value();
        return template(Long.parseLong(v.substring(1))).subject();
    }

    /**
     * @param from the first dossier index
     * @param to one past the last
     * @return the dossiers, by id
     */
    Iterator<Dossier> dossiers(long from, long to) {
        return new Iterator<>() {
            long next = from;

            @Override
            public boolean hasNext() {
                return next < to;
            }

            @Override
            public Dossier next() {
                if (next >= to) {
                    throw new NoSuchElementException();
                }
                long i = next++;
                return Dossier.open(dossierId(i), template(i).subject().id(), CUSTODIAN);
            }
        };
    }

    /**
     * @param from the first dossier index
     * @param to one past the last
     * @return their materials, by dossier then catalogue order, constructed as they are read
     */
    Iterator<Material> materials(long from, long to) {
        return new Iterator<>() {
            long dossier = from;
            int k;
            DossierId id = dossierId(from);
            List<Material> current = template(from).materials();

            @Override
            public boolean hasNext() {
                while (dossier < to && k >= current.size()) {
                    dossier++;
                    k = 0;
                    if (dossier < to) {
                        id = dossierId(dossier);
                        current = template(dossier).materials();
                    }
                }
                return dossier < to;
            }

            @Override
            public Material next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Material t = current.get(k++);
                return new Material(MaterialId.of(id.value() + "-" + k), id, t.category(), t.title(), t.typeCode(),
                        t.formedDate(), t.sourceUnit(), t.receivedDate(), t.pages(), t.contents(), t.status(),
                        t.sequence(), t.version());
            }
        };
    }
}
