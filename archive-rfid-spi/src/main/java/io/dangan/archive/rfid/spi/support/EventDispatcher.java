package io.dangan.archive.rfid.spi.support;

import io.dangan.archive.rfid.spi.DeliveryOverflow;
import io.dangan.archive.rfid.spi.DeliveryStats;
import io.dangan.archive.rfid.spi.DeviceEvent;
import io.dangan.archive.rfid.spi.DeviceListener;
import io.dangan.archive.rfid.spi.DoorEvent;
import io.dangan.archive.rfid.spi.HardwareErrorCode;
import io.dangan.archive.rfid.spi.HardwareException;
import io.dangan.archive.rfid.spi.ReaderEvent;
import io.dangan.archive.rfid.spi.SensorEvent;
import io.dangan.archive.rfid.spi.Subscription;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongFunction;
import org.jspecify.annotations.Nullable;

/**
 * The delivery contract (事件投递), implemented once: a bounded queue and one dispatcher thread per device.
 *
 * <ul>
 *   <li>{@link #publish} assigns the next sequence number and enqueues atomically, so events reach listeners in
 *       sequence order; it never blocks on listeners and may be called from any driver thread.</li>
 *   <li>Listeners run serially on the dispatcher thread, never on the publisher's thread.</li>
 *   <li>When the queue holds {@code capacity} events, a new {@linkplain DeviceEvent#droppable() droppable} event
 *       (tag observation, measurement) makes the oldest queued droppable event go (or itself when none is queued);
 *       state events are never dropped and may exceed the capacity. Drops are reported by one
 *       {@link DeliveryOverflow} event queued at the position of the first drop, carrying the count.</li>
 *   <li>A listener that throws is isolated: the failure is counted and logged, delivery continues.</li>
 *   <li>{@link #close()} delivers what is queued and ends the thread; called from a listener it does not wait for
 *       itself, so closing from a callback cannot deadlock.</li>
 * </ul>
 *
 * @param <E> the device's event type
 */
public final class EventDispatcher<E extends DeviceEvent> {
    /**
     * Creates the overflow report of the device's event type.
     *
     * @param <E> the event type
     */
    @FunctionalInterface
    public interface OverflowFactory<E> {
        /**
         * @param sequence the sequence number
         * @param at when
         * @param dropped dropped since the last report
         * @param droppedTotal dropped in total
         * @return the event
         */
        E create(long sequence, Instant at, long dropped, long droppedTotal);
    }

    private static final System.Logger LOG = System.getLogger(EventDispatcher.class.getName());
    private static final int BATCH = 512;

    private final String deviceId;
    private final int capacity;
    private final Clock clock;
    private final OverflowFactory<E> overflow;
    private final ArrayDeque<E> queue = new ArrayDeque<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();
    private final Condition progress = lock.newCondition();
    private final CopyOnWriteArrayList<Sub> subscribers = new CopyOnWriteArrayList<>();
    private final AtomicLong listenerFailures = new AtomicLong();
    private final Thread thread;

    // guarded by lock
    private long nextSequence;
    private long published;
    private long dropped;
    private long pendingDropped;
    private int droppableQueued;
    private @Nullable E marker;
    private boolean closing;
    private boolean busy;
    private long lastDelivered = -1;
    private long deliveredCount;

    /**
     * Creates the dispatcher and starts its thread.
     *
     * @param deviceId the device's id (names the thread)
     * @param capacity the queue capacity, at least 1
     * @param clock stamps overflow reports
     * @param overflow creates overflow reports of the device's event type
     */
    public EventDispatcher(String deviceId, int capacity, Clock clock, OverflowFactory<E> overflow) {
        this.deviceId = Objects.requireNonNull(deviceId, "deviceId");
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity " + capacity + " is below 1");
        }
        this.capacity = capacity;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.overflow = Objects.requireNonNull(overflow, "overflow");
        this.thread = new Thread(this::run, "dangan-" + deviceId + "-dispatch");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * @param deviceId the reader's id
     * @param capacity the queue capacity
     * @param clock the clock
     * @return a dispatcher for reader events
     */
    public static EventDispatcher<ReaderEvent> forReader(String deviceId, int capacity, Clock clock) {
        return new EventDispatcher<>(deviceId, capacity, clock,
                (seq, at, n, total) -> new DeliveryOverflow(deviceId, seq, at, n, total));
    }

    /**
     * @param deviceId the controller's id
     * @param capacity the queue capacity
     * @param clock the clock
     * @return a dispatcher for door events
     */
    public static EventDispatcher<DoorEvent> forDoor(String deviceId, int capacity, Clock clock) {
        return new EventDispatcher<>(deviceId, capacity, clock,
                (seq, at, n, total) -> new DeliveryOverflow(deviceId, seq, at, n, total));
    }

    /**
     * @param deviceId the sensor device's id
     * @param capacity the queue capacity
     * @param clock the clock
     * @return a dispatcher for sensor events
     */
    public static EventDispatcher<SensorEvent> forSensor(String deviceId, int capacity, Clock clock) {
        return new EventDispatcher<>(deviceId, capacity, clock,
                (seq, at, n, total) -> new DeliveryOverflow(deviceId, seq, at, n, total));
    }

    /**
     * Publishes an event: assigns the next sequence number, creates the event with it and enqueues it. Never
     * blocks on listeners. Ignored after {@link #close()}.
     *
     * @param factory creates the event from its sequence number (called under the queue lock: keep it cheap)
     * @return the sequence number, or -1 when the dispatcher is closed
     * @throws IllegalArgumentException when the factory's event carries another sequence number
     */
    public long publish(LongFunction<? extends E> factory) {
        lock.lock();
        try {
            if (closing) {
                return -1;
            }
            long seq = nextSequence;
            E event = factory.apply(seq);
            if (event.sequence() != seq) {
                throw new IllegalArgumentException("event sequence " + event.sequence() + ", expected " + seq);
            }
            nextSequence++;
            published++;
            if (event.droppable() && queue.size() >= capacity) {
                if (droppableQueued > 0) {
                    removeOldestDroppable();
                    enqueue(event);
                }
                noteDrop();
            } else {
                enqueue(event);
            }
            notEmpty.signal();
            return seq;
        } finally {
            lock.unlock();
        }
    }

    private void enqueue(E event) {
        queue.addLast(event);
        if (event.droppable()) {
            droppableQueued++;
        }
    }

    private void removeOldestDroppable() {
        Iterator<E> it = queue.iterator();
        while (it.hasNext()) {
            if (it.next().droppable()) {
                it.remove();
                droppableQueued--;
                return;
            }
        }
    }

    private void noteDrop() {
        dropped++;
        pendingDropped++;
        if (marker == null) {
            long seq = nextSequence++;
            E m = overflow.create(seq, clock.instant(), 1, dropped);
            marker = m;
            queue.addLast(m);
        }
    }

    /**
     * Registers a listener.
     *
     * @param listener the listener
     * @return its subscription
     * @throws HardwareException {@code DEVICE_CLOSED} after close
     */
    public Subscription subscribe(DeviceListener<? super E> listener) {
        Objects.requireNonNull(listener, "listener");
        lock.lock();
        try {
            if (closing) {
                throw new HardwareException(HardwareErrorCode.DEVICE_CLOSED, deviceId,
                        "device " + deviceId + " is closed; cannot subscribe");
            }
            Sub sub = new Sub(listener);
            subscribers.add(sub);
            return sub;
        } finally {
            lock.unlock();
        }
    }

    /** @return whether the calling thread is this dispatcher's thread */
    public boolean isDispatcherThread() {
        return Thread.currentThread() == thread;
    }

    /** @return the sequence number the next event will get */
    public long nextSequence() {
        lock.lock();
        try {
            return nextSequence;
        } finally {
            lock.unlock();
        }
    }

    /** @return the counters */
    public DeliveryStats stats() {
        lock.lock();
        try {
            return new DeliveryStats(published, deliveredCount, dropped, listenerFailures.get(), queue.size());
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until every event published before the call has been handed to the listeners.
     *
     * @param timeout how long to wait at most
     * @return whether it got there in time (false also when the thread ended first)
     * @throws IllegalStateException when called on the dispatcher thread
     */
    public boolean awaitDelivered(Duration timeout) {
        if (isDispatcherThread()) {
            throw new IllegalStateException("awaitDelivered called on the dispatcher thread of " + deviceId);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            long target = nextSequence - 1;
            while (lastDelivered < target && (queue.size() > 0 || busy) && thread.isAlive()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                progress.awaitNanos(left);
            }
            return lastDelivered >= target || (queue.isEmpty() && !busy);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Stops accepting events, delivers what is queued and ends the thread, waiting up to 5 s for it unless called on
     * the dispatcher thread. Idempotent.
     */
    public void close() {
        close(Duration.ofSeconds(5));
    }

    /**
     * As {@link #close()}, with a bound on the wait; a listener still running after it is interrupted.
     *
     * @param wait how long to wait for the thread
     */
    public void close(Duration wait) {
        lock.lock();
        try {
            closing = true;
            notEmpty.signalAll();
        } finally {
            lock.unlock();
        }
        if (isDispatcherThread()) {
            return;
        }
        try {
            thread.join(Math.max(1, wait.toMillis()));
            if (thread.isAlive()) {
                thread.interrupt();
                thread.join(1000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** @return whether the dispatcher thread has ended */
    public boolean terminated() {
        return !thread.isAlive();
    }

    private void run() {
        List<E> batch = new ArrayList<>(BATCH);
        try {
            while (true) {
                lock.lock();
                try {
                    while (queue.isEmpty()) {
                        busy = false;
                        progress.signalAll();
                        if (closing) {
                            return;
                        }
                        notEmpty.await();
                    }
                    busy = true;
                    int n = Math.min(queue.size(), BATCH);
                    for (int i = 0; i < n; i++) {
                        E e = queue.pollFirst();
                        if (e.droppable()) {
                            droppableQueued--;
                        }
                        if (e == marker) {
                            e = overflow.create(e.sequence(), e.at(), pendingDropped, dropped);
                            pendingDropped = 0;
                            marker = null;
                        }
                        batch.add(e);
                    }
                } finally {
                    lock.unlock();
                }
                for (int i = 0; i < batch.size(); i++) {
                    deliver(batch.get(i));
                }
                lock.lock();
                try {
                    lastDelivered = batch.get(batch.size() - 1).sequence();
                    deliveredCount += batch.size();
                    progress.signalAll();
                } finally {
                    lock.unlock();
                }
                batch.clear();
            }
        } catch (InterruptedException e) {
            // forced shutdown: the remaining events are abandoned
        } finally {
            lock.lock();
            try {
                busy = false;
                closing = true;
                progress.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    private void deliver(E event) {
        for (Sub sub : subscribers) {
            if (!sub.active) {
                continue;
            }
            try {
                sub.listener.onEvent(event);
            } catch (VirtualMachineError e) {
                throw e;
            } catch (Throwable t) {
                long n = listenerFailures.incrementAndGet();
                if (n <= 10 || Long.bitCount(n) == 1) {
                    LOG.log(System.Logger.Level.WARNING, "listener of device " + deviceId + " threw on event "
                            + event.sequence() + " (failure " + n + "); delivery continues", t);
                }
            }
        }
    }

    private final class Sub implements Subscription {
        final DeviceListener<? super E> listener;
        volatile boolean active = true;

        Sub(DeviceListener<? super E> listener) {
            this.listener = listener;
        }

        @Override
        public void close() {
            active = false;
            subscribers.remove(this);
        }
    }
}
