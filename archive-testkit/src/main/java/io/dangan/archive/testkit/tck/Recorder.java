package io.dangan.archive.testkit.tck;

import io.dangan.archive.rfid.spi.DeviceEvent;
import io.dangan.archive.rfid.spi.DeviceListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A listener that records events and the threads they arrived on (事件记录器), for contract tests.
 *
 * @param <E> the event type
 */
public final class Recorder<E extends DeviceEvent> implements DeviceListener<E> {
    private final List<E> events = new ArrayList<>();
    private final Set<Thread> threads = new LinkedHashSet<>();

    @Override
    public synchronized void onEvent(E event) {
        events.add(event);
        threads.add(Thread.currentThread());
        notifyAll();
    }

    /** @return a copy of the events so far */
    public synchronized List<E> events() {
        return List.copyOf(events);
    }

    /**
     * @param type an event class
     * @param <T> the event class
     * @return the events of that class so far
     */
    public synchronized <T> List<T> events(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** @return the threads events arrived on */
    public synchronized Set<Thread> threads() {
        return Set.copyOf(threads);
    }

    /**
     * Waits until the recorded events satisfy a condition.
     *
     * @param condition the condition over all events so far
     * @param timeout how long at most
     * @return whether it was met
     */
    public synchronized boolean await(Predicate<List<E>> condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.test(events)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /**
     * Waits for an event matching a condition.
     *
     * @param match the condition
     * @param timeout how long at most
     * @return whether one arrived
     */
    public boolean awaitAny(Predicate<? super E> match, Duration timeout) {
        return await(list -> list.stream().anyMatch(match), timeout);
    }
}
