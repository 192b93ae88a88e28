package io.dangan.archive.filing;

import io.dangan.archive.model.DossierId;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One line of the missing-materials register (缺少材料登记): which required material a dossier lacks,
 * since when, and when it is next chased (催收) from the forming unit.
 *
 * <p>Construction throws {@link IllegalArgumentException} when the dates are out of order.
 *
 * @param dossier the dossier
 * @param typeCode the missing material type
 * @param typeName its Chinese name
 * @param ruleId the completeness rule that requires it
 * @param registeredOn the date it was first registered
 * @param chaseBy the date by which it is to be chased
 * @param resolvedOn the date it was found filed, or {@code null} while still missing
 */
public record MissingMaterialEntry(DossierId dossier, String typeCode, String typeName, String ruleId,
        LocalDate registeredOn, LocalDate chaseBy, @Nullable LocalDate resolvedOn) {
    public MissingMaterialEntry {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(typeCode, "typeCode");
        Objects.requireNonNull(typeName, "typeName");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(registeredOn, "registeredOn");
        Objects.requireNonNull(chaseBy, "chaseBy");
        if (chaseBy.isBefore(registeredOn) || (resolvedOn != null && resolvedOn.isBefore(registeredOn))) {
            throw new IllegalArgumentException("register entry %s/%s: registered %s, chase %s, resolved %s".formatted(
                    dossier, typeCode, registeredOn, chaseBy, resolvedOn));
        }
    }

    /** @return true while the material is still missing */
    public boolean open() {
        return resolvedOn == null;
    }

    /**
     * @param date the next chase date, not before the registration date
     * @return a copy to be chased again by that date
     */
    public MissingMaterialEntry chaseAgainBy(LocalDate date) {
        return new MissingMaterialEntry(dossier, typeCode, typeName, ruleId, registeredOn, date, resolvedOn);
    }

    /**
     * @param date the date
     * @return a copy marked resolved on that date
     */
    public MissingMaterialEntry resolve(LocalDate date) {
        return new MissingMaterialEntry(dossier, typeCode, typeName, ruleId, registeredOn, chaseBy, date);
    }
}
