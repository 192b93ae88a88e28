package io.dangan.archive.core.internal.filing;

import io.dangan.archive.filing.MappingEntry;
import io.dangan.archive.filing.MigrationLine;
import io.dangan.archive.filing.MigrationOutcome;
import io.dangan.archive.filing.MigrationReport;
import io.dangan.archive.filing.StandardMapping;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.Material;
import io.dangan.archive.model.MaterialCategory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Proposes the migration of a dossier's codes through a mapping table: one line per material, ambiguous and
 * unmapped codes left for a person. It never changes a material.
 */
public final class MigrationPlanner {
    private MigrationPlanner() {
    }

    /**
     * @param dossier the dossier
     * @param mapping the table
     * @param materials the dossier's materials (returned ones are left out)
     * @return the report, lines in the old catalogue order
     */
    public static MigrationReport plan(DossierId dossier, StandardMapping mapping, List<Material> materials) {
        List<Material> sorted = new ArrayList<>(materials);
        sorted.removeIf(m -> m.status() == io.dangan.archive.model.MaterialStatus.REJECTED);
        sorted.sort(Comparator.comparing(Material::category).thenComparingInt(Material::sequence)
                .thenComparing(Material::id));
        List<MigrationLine> lines = new ArrayList<>();
        for (Material m : sorted) {
            Optional<MappingEntry> row = mapping.entry(m.category());
            if (row.isEmpty()) {
                lines.add(new MigrationLine(m.id(), m.title(), m.category(), null, List.of(), MigrationOutcome.UNMAPPED,
                        "对照表未列出类号 " + m.category()));
                continue;
            }
            MappingEntry e = row.get();
            MaterialCategory target = null;
            if (!e.ambiguous()) {
                target = e.to().get(0);
            } else if (m.typeCode() != null) {
                target = e.byType().get(m.typeCode());
            }
            if (target == null) {
                lines.add(new MigrationLine(m.id(), m.title(), m.category(), null, e.to(), MigrationOutcome.AMBIGUOUS,
                        e.note()));
            } else {
                MigrationOutcome outcome = target.equals(m.category()) ? MigrationOutcome.UNCHANGED
                        : MigrationOutcome.RECODED;
                lines.add(new MigrationLine(m.id(), m.title(), m.category(), target, List.of(), outcome, e.note()));
            }
        }
        return new MigrationReport(dossier, mapping.from(), mapping.to(), lines);
    }
}
