package io.dangan.archive.access;

import io.dangan.archive.audit.DomainEvent;
import java.time.Instant;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An access decision was made and enforced (访问决定): type {@code access.permit} or
 * {@code access.deny}. Every decision of the guard is audited, denials included.
 *
 * @param occurredAt when
 * @param request the request
 * @param decision the decision
 */
public record AccessDecided(Instant occurredAt, AccessRequest request, Decision decision) implements DomainEvent {
    public AccessDecided {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(decision, "decision");
    }

    @Override
    public String type() {
        return decision.permitted() ? "access.permit" : "access.deny";
    }

    @Override
    public String actor() {
        return request.principal().value();
    }

    @Override
    public String subjectRef() {
        return request.resource().ref();
    }

    @Override
    public SortedMap<String, String> details() {
        SortedMap<String, String> d = new TreeMap<>();
        d.put("action", request.action().code());
        if (request.resource().dossier() != null) {
            d.put("dossier", String.valueOf(request.resource().dossier()));
        }
        d.put("outcome", decision.effect().name());
        d.put("reasons", String.join(",", decision.reasons().stream().map(Enum::name).toList()));
        d.put("rules", String.join(",", decision.rules()));
        d.put("obligations", String.join(",", decision.obligations().stream().map(Obligation::toString).toList()));
        d.put("policyVersion", decision.policyVersion());
        d.put("requestHash", decision.requestHash());
        if (request.context().approval() != null) {
            d.put("approval", String.valueOf(request.context().approval()));
        }
        if (request.context().purpose() != null) {
            d.put("purpose", String.valueOf(request.context().purpose()));
        }
        return d;
    }
}
