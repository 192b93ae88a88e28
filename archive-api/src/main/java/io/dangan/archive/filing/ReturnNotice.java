package io.dangan.archive.filing;

import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.MaterialId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A notice returning a material to its forming unit (退回通知) with the reasons from its review.
 *
 * @param material the material
 * @param dossier its dossier
 * @param sourceUnit the unit it goes back to
 * @param reasons the failed checks with their reasons, at least one
 * @param returnedBy who returned it
 * @param returnedAt when, from the archive's clock
 */
public record ReturnNotice(MaterialId material, DossierId dossier, String sourceUnit, List<CheckResult> reasons,
        String returnedBy, Instant returnedAt) {
    public ReturnNotice {
        Objects.requireNonNull(material, "material");
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(sourceUnit, "sourceUnit");
        reasons = List.copyOf(reasons);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("return of " + material + " without reason");
        }
        Objects.requireNonNull(returnedBy, "returnedBy");
        Objects.requireNonNull(returnedAt, "returnedAt");
    }

    /** @return the notice in Chinese for the forming unit */
    public String toText() {
        StringBuilder b = new StringBuilder("材料退回通知\n");
        b.append("材料：").append(material).append("  退回单位：").append(sourceUnit).append('\n');
        for (CheckResult r : reasons) {
            b.append("  不符合「").append(r.check().label()).append("」：").append(r.reason()).append('\n');
        }
        return b.toString();
    }
}
