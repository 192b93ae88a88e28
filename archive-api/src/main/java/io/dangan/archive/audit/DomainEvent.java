package io.dangan.archive.audit;

import java.time.Instant;
import java.util.SortedMap;

/**
 * A typed event (领域事件) emitted for every state change. Each area of the SDK defines its own
 * event records; the audit log stores them through this common shape.
 *
 * <p>Implementations are immutable values.
 */
public interface DomainEvent {
    /** @return when it happened, from the archive's clock */
    Instant occurredAt();

    /**
     * @return the stable event type, dotted lower case, e.g. {@code dossier.opened}; listed in
     *     {@code docs/codes.md}
     */
    String type();

    /** @return who caused it: a principal id, or {@code system} */
    String actor();

    /** @return the id of the entity it concerns (a dossier id, a material id, ...), or empty */
    String subjectRef();

    /** @return the event's details as stable key-value pairs in key order, for the audit record */
    SortedMap<String, String> details();
}
