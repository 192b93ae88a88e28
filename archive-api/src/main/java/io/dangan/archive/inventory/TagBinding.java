package io.dangan.archive.inventory;

import io.dangan.archive.model.DossierId;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A dossier's tag (档案标签绑定): one person, one code.
 *
 * @param dossier the dossier
 * @param code the tag code
 * @param scheme the code scheme's id, e.g. {@code gdti-96:6901234.00001}
 * @param serial the serial within the scheme
 * @param status the binding's state
 * @param issuedAt when the code was issued
 * @param endedAt when it was replaced or retired, or {@code null} while active
 * @param reason why it was replaced or retired, or {@code null}
 */
public record TagBinding(DossierId dossier, TagCode code, String scheme, long serial, TagStatus status,
        Instant issuedAt, @Nullable Instant endedAt, @Nullable String reason) {
    public TagBinding {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(issuedAt, "issuedAt");
        if (serial < 0) {
            throw new IllegalArgumentException("serial " + serial + " is negative");
        }
        if ((status == TagStatus.ACTIVE) != (endedAt == null)) {
            throw new IllegalArgumentException("a " + status + " binding " + (endedAt == null ? "needs" : "has no") + " end time");
        }
    }

    /**
     * @param newStatus {@link TagStatus#REPLACED} or {@link TagStatus#RETIRED}
     * @param at when
     * @param why the reason
     * @return the ended binding
     */
    public TagBinding end(TagStatus newStatus, Instant at, String why) {
        if (newStatus == TagStatus.ACTIVE) {
            throw new IllegalArgumentException("a binding cannot end as ACTIVE");
        }
        return new TagBinding(dossier, code, scheme, serial, newStatus, issuedAt, at, why);
    }
}
