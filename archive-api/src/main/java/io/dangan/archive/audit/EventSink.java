package io.dangan.archive.audit;

/**
 * Receives every domain event. The audit log is the durable, hash-chained implementation; the
 * testkit records events in memory.
 *
 * <p>Implementations are thread-safe. Services emit after their transaction committed; a sink that
 * throws propagates the failure to the caller, which must treat the operation as not audited.
 */
@FunctionalInterface
public interface EventSink {
    /**
     * Receives one event.
     *
     * @param event the event
     */
    void emit(DomainEvent event);

    /** @return a sink that discards events, for tools that need no audit trail */
    static EventSink discarding() {
        return event -> { };
    }
}
