package io.dangan.archive.filing;

import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.MaterialId;
import java.util.Objects;

/**
 * The facts a stored material states, kept beside it for the special audit.
 *
 * @param material the material
 * @param dossier its dossier
 * @param facts what it states
 */
public record DeclaredFacts(MaterialId material, DossierId dossier, FactSheet facts) {
    public DeclaredFacts {
        Objects.requireNonNull(material, "material");
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(facts, "facts");
    }
}
