package io.dangan.archive.filing;

import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.MaterialId;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One finding of the completeness audit.
 *
 * @param code what kind
 * @param dossier the dossier
 * @param material the material concerned, or {@code null} for a missing material or a numbering gap
 * @param detail a Chinese sentence stating what and where, expected versus actual
 */
public record Finding(FindingCode code, DossierId dossier, @Nullable MaterialId material, String detail) {
    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(detail, "detail");
    }
}
