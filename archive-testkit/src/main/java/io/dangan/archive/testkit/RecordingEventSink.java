package io.dangan.archive.testkit;

import io.dangan.archive.audit.DomainEvent;
import io.dangan.archive.audit.EventSink;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An event sink that keeps every event in memory, in arrival order (记录事件), for assertions.
 * Thread-safe.
 */
public final class RecordingEventSink implements EventSink {
    private final List<DomainEvent> events = new ArrayList<>();

    @Override
    public synchronized void emit(DomainEvent event) {
        events.add(Objects.requireNonNull(event, "event"));
    }

    /** @return a snapshot of the events received so far, oldest first */
    public synchronized List<DomainEvent> events() {
        return List.copyOf(events);
    }

    /**
     * @param type an event type such as {@code dossier.opened}
     * @return the events of that type, oldest first
     */
    public synchronized List<DomainEvent> ofType(String type) {
        return events.stream().filter(e -> e.type().equals(type)).toList();
    }

    /**
     * @param type the event class
     * @param <E> the event type
     * @return the events of that class, oldest first
     */
    public synchronized <E extends DomainEvent> List<E> ofClass(Class<E> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Forgets every event received so far. */
    public synchronized void clear() {
        events.clear();
    }
}
