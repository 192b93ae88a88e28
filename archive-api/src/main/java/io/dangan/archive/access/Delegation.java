package io.dangan.archive.access;

import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.UnitId;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A time-limited delegation of management authority (委托管理) from the unit holding dossiers to
 * another unit, valid in [{@code validFrom}, {@code validTo}).
 *
 * @param id a stable id, reported as the deciding rule's detail
 * @param from the unit holding the dossiers
 * @param to the unit receiving authority
 * @param dossiers the dossiers delegated; empty means every dossier {@code from} holds
 * @param validFrom first instant it applies (inclusive)
 * @param validTo first instant it no longer applies (exclusive)
 */
public record Delegation(String id, UnitId from, UnitId to, Set<DossierId> dossiers, Instant validFrom,
        Instant validTo) {
    public Delegation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        dossiers = Set.copyOf(dossiers);
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validTo, "validTo");
        if (!validTo.isAfter(validFrom)) {
            throw new IllegalArgumentException("delegation " + id + ": validTo is not after validFrom");
        }
        if (from.equals(to)) {
            throw new IllegalArgumentException("delegation " + id + " delegates " + from + " to itself");
        }
    }

    /**
     * @param dossier a dossier held by {@link #from()}
     * @param at an instant
     * @return true when this delegation covers the dossier at that instant
     */
    public boolean covers(DossierId dossier, Instant at) {
        return !at.isBefore(validFrom) && at.isBefore(validTo) && (dossiers.isEmpty() || dossiers.contains(dossier));
    }
}
