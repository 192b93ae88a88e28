package io.dangan.archive.inventory;

import io.dangan.archive.model.DossierId;
import java.util.Objects;

/**
 * A dossier an inventory expects to find (应在位档案) at its recorded location.
 *
 * @param dossier the dossier
 * @param code its active tag code
 * @param location where the records say it is
 */
public record ExpectedItem(DossierId dossier, TagCode code, String location) {
    public ExpectedItem {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(location, "location");
    }
}
