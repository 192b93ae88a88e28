package io.dangan.archive.filing;

import io.dangan.archive.model.MaterialCategory;
import io.dangan.archive.model.MaterialId;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One material's line in a migration report: its old code and the proposed new code, or the candidates
 * a person must choose from. Nothing is re-filed by the report.
 *
 * @param material the material
 * @param title its title
 * @param from its code under the old standard
 * @param to the proposed code, or {@code null} when a person must decide
 * @param candidates the candidate codes when ambiguous; empty otherwise
 * @param outcome the kind of line
 * @param note the mapping table's note, possibly empty
 */
public record MigrationLine(MaterialId material, String title, MaterialCategory from, @Nullable MaterialCategory to,
        List<MaterialCategory> candidates, MigrationOutcome outcome, String note) {
    public MigrationLine {
        Objects.requireNonNull(material, "material");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(from, "from");
        candidates = List.copyOf(candidates);
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(note, "note");
        if (outcome.needsDecision() != (to == null)) {
            throw new IllegalArgumentException("outcome " + outcome + " with target " + to);
        }
    }
}
