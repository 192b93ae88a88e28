package io.dangan.archive.crypto.internal;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A small lock-free pool of initialised, non-thread-safe engines. A borrower that finds it empty creates a new
 * engine; at most {@code capacity} idle engines are kept.
 *
 * @param <T> the engine type
 */
final class Pool<T> {
    private final ConcurrentLinkedQueue<T> idle = new ConcurrentLinkedQueue<>();
    private final AtomicInteger idleCount = new AtomicInteger();
    private final Supplier<T> factory;
    private final int capacity;

    Pool(Supplier<T> factory) {
        this.factory = factory;
        this.capacity = Math.max(2, 2 * Runtime.getRuntime().availableProcessors());
    }

    T borrow() {
        T t = idle.poll();
        if (t == null) {
            return factory.get();
        }
        idleCount.decrementAndGet();
        return t;
    }

    void release(T t) {
        if (idleCount.incrementAndGet() <= capacity) {
            idle.offer(t);
        } else {
            idleCount.decrementAndGet();
        }
    }
}
