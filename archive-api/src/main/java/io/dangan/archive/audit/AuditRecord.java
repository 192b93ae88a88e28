package io.dangan.archive.audit;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One stored audit event (审计记录): the event's who, what, which resource, when, outcome, reasons and
 * request hash, its position in the log's single total order and its link in the hash chain.
 *
 * <p>{@code hash = H(previousHash || canonical form of every other field)}, with H the log's digest
 * (SM3 by default); the first record's {@code previousHash} is all zeros.
 *
 * @param sequence the position in the log, 1-based, gap-free
 * @param occurredAt when the event happened
 * @param type the event type, e.g. {@code access.deny}
 * @param actor who caused it
 * @param resource the resource reference, e.g. {@code dossier:D-1}; empty when none
 * @param dossier the dossier concerned, or empty
 * @param action the action code, or empty
 * @param outcome {@code PERMIT}, {@code DENY}, a workflow state, or empty
 * @param reasons the reason codes in order
 * @param requestHash the hash of the access request, or empty
 * @param details every detail of the event, in key order
 * @param previousHash lower-case hex hash of the previous record
 * @param hash lower-case hex hash of this record
 */
public record AuditRecord(long sequence, Instant occurredAt, String type, String actor, String resource, String dossier,
        String action, String outcome, List<String> reasons, String requestHash, SortedMap<String, String> details,
        String previousHash, String hash) {
    public AuditRecord {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence " + sequence + " is below 1");
        }
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        reasons = List.copyOf(reasons);
        Objects.requireNonNull(requestHash, "requestHash");
        details = Collections.unmodifiableSortedMap(new TreeMap<>(details));
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(hash, "hash");
    }
}
