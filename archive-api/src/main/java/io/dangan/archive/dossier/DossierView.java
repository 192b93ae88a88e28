package io.dangan.archive.dossier;

import io.dangan.archive.model.Dossier;
import io.dangan.archive.model.Material;
import io.dangan.archive.model.Subject;
import java.util.List;
import java.util.Objects;

/**
 * A dossier read together with its subject and its materials in catalogue order (档案全貌).
 *
 * @param dossier the dossier
 * @param subject its subject
 * @param materials its materials by category, sequence and id
 */
public record DossierView(Dossier dossier, Subject subject, List<Material> materials) {
    public DossierView {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(subject, "subject");
        materials = List.copyOf(materials);
        if (!dossier.subject().equals(subject.id())) {
            throw new IllegalArgumentException("dossier " + dossier.id() + " belongs to " + dossier.subject()
                    + ", not " + subject.id());
        }
    }

    /** @return the total number of pages over all materials */
    public int pages() {
        return materials.stream().mapToInt(Material::pages).sum();
    }
}
