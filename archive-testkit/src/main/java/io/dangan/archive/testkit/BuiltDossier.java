package io.dangan.archive.testkit;

import io.dangan.archive.model.Dossier;
import io.dangan.archive.model.Material;
import io.dangan.archive.model.Subject;
import java.util.List;
import java.util.Objects;

/**
 * A dossier built for a test: its subject, the dossier and its filed materials in catalogue order.
 *
 * @param subject the subject
 * @param dossier the dossier
 * @param materials the materials, filed, in catalogue order
 * @param asOf the audit date it was built for
 */
public record BuiltDossier(Subject subject, Dossier dossier, List<Material> materials, java.time.LocalDate asOf) {
    public BuiltDossier {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(dossier, "dossier");
        materials = List.copyOf(materials);
        Objects.requireNonNull(asOf, "asOf");
    }
}
