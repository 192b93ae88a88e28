package io.dangan.archive.access;

import io.dangan.archive.dossier.DossierView;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.Material;
import org.jspecify.annotations.Nullable;

/**
 * Dossier reading and filing on behalf of a principal, through the access guard (受控档案操作). Each
 * call takes {@code now} from the archive's clock, is decided and audited before anything is read or
 * written, and throws {@link AccessDeniedException} on a deny.
 */
public interface GuardedDossiers {
    /**
     * Reads a dossier for a reader: the dossier is decided as a whole ({@link Action#VIEW}); materials the
     * reader may not see (clearance, sensitive classes the approval does not name) are left out of the view.
     *
     * @param by the reader
     * @param dossier the dossier
     * @param approval the approval presented
     * @param purpose the purpose code
     * @return the permitted view and the decision's obligations
     * @throws AccessDeniedException when the view is denied
     */
    Reading view(PrincipalId by, DossierId dossier, @Nullable ApprovalId approval, @Nullable String purpose);

    /**
     * Files a received material into its dossier ({@link Action#FILE}: an archivist with management authority).
     *
     * @param by the archivist
     * @param material the material at version 0
     * @return the stored material
     * @throws AccessDeniedException when filing is denied; nothing was stored
     */
    Material file(PrincipalId by, Material material);

    /**
     * A permitted reading.
     *
     * @param view the dossier with the materials the reader may see
     * @param withheld how many materials were left out
     * @param decision the permitting decision, whose obligations (watermark, supervision) the caller fulfils
     */
    record Reading(DossierView view, int withheld, Decision decision) {
    }
}
