package io.dangan.archive.access;

import io.dangan.archive.audit.DomainEvent;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An approval moved in its workflow: type {@code approval.requested}, {@code approval.approved} (also
 * for a first signature of two), {@code approval.rejected}, {@code approval.revoked} or {@code approval.used}.
 *
 * @param occurredAt when
 * @param actor who acted
 * @param approval the approval after the step
 * @param step the step: requested, signed, approved, rejected, revoked, used
 */
public record ApprovalChanged(Instant occurredAt, String actor, Approval approval, String step) implements DomainEvent {
    public ApprovalChanged {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(approval, "approval");
        Objects.requireNonNull(step, "step");
    }

    @Override
    public String type() {
        return "approval." + step.toLowerCase(Locale.ROOT);
    }

    @Override
    public String subjectRef() {
        return "approval:" + approval.id();
    }

    @Override
    public SortedMap<String, String> details() {
        SortedMap<String, String> d = new TreeMap<>();
        d.put("dossier", approval.dossier().value());
        d.put("action", String.join(",", approval.actions().stream().map(Action::code).sorted().toList()));
        d.put("outcome", approval.status().name());
        d.put("requester", approval.requester().value());
        d.put("readers", String.join(",", approval.readers().stream().map(PrincipalId::value).sorted().toList()));
        d.put("approvers", String.join(",", approval.approvers().stream().map(PrincipalId::value).toList()));
        d.put("purpose", approval.purpose());
        d.put("validFrom", approval.validFrom().toString());
        d.put("validTo", approval.validTo().toString());
        if (approval.reason() != null) {
            d.put("reason", String.valueOf(approval.reason()));
        }
        return d;
    }
}
