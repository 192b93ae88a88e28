package io.dangan.archive.access;

import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.UnitId;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a requester asks for when filing an approval (查阅申请); see {@link Approval} for the fields.
 *
 * @param dossier the dossier
 * @param requester who asks; added to the readers
 * @param readers the readers
 * @param actions the actions
 * @param classes the material classes; empty means every non-sensitive class
 * @param purpose the purpose code
 * @param issuingUnit the unit asked to approve
 * @param validFrom first valid instant (inclusive)
 * @param validTo first invalid instant (exclusive)
 * @param returnBy for a borrow, the return instant; otherwise {@code null}
 */
public record ApprovalDraft(DossierId dossier, PrincipalId requester, Set<PrincipalId> readers, Set<Action> actions,
        Set<Integer> classes, String purpose, UnitId issuingUnit, Instant validFrom, Instant validTo,
        @Nullable Instant returnBy) {
    public ApprovalDraft {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(requester, "requester");
        readers = Set.copyOf(readers);
        actions = Set.copyOf(actions);
        classes = Set.copyOf(classes);
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(issuingUnit, "issuingUnit");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validTo, "validTo");
    }
}
