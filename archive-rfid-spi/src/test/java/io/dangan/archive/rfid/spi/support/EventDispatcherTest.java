package io.dangan.archive.rfid.spi.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.dangan.archive.rfid.spi.ConnectionChanged;
import io.dangan.archive.rfid.spi.ConnectionState;
import io.dangan.archive.rfid.spi.DeliveryOverflow;
import io.dangan.archive.rfid.spi.ReaderEvent;
import io.dangan.archive.rfid.spi.Subscription;
import io.dangan.archive.rfid.spi.TagId;
import io.dangan.archive.rfid.spi.TagObserved;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EventDispatcherTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T08:00:00Z"), ZoneOffset.UTC);
    private static final TagId TAG = TagId.epc("3074257BF7194E4000001A85");
    private EventDispatcher<ReaderEvent> dispatcher;

    @AfterEach
    void close() {
        if (dispatcher != null) {
            dispatcher.close();
        }
    }

    private long tag() {
        return dispatcher.publish(seq -> TagObserved.of("r1", seq, CLOCK.instant(), TAG, 1, "shelf-1", -50.0));
    }

    private long state(ConnectionState from, ConnectionState to) {
        return dispatcher.publish(seq -> new ConnectionChanged("r1", seq, CLOCK.instant(), from, to, ""));
    }

    @Test
    @DisplayName("listeners receive every event in sequence order on the dispatcher thread")
    void deliversInOrderOnItsOwnThread() {
        dispatcher = EventDispatcher.forReader("r1", 1024, CLOCK);
        List<Long> seen = new CopyOnWriteArrayList<>();
        AtomicReference<Thread> thread = new AtomicReference<>();
        dispatcher.subscribe(e -> {
            thread.set(Thread.currentThread());
            seen.add(e.sequence());
        });
        for (int i = 0; i < 500; i++) {
            tag();
        }
        assertThat(dispatcher.awaitDelivered(Duration.ofSeconds(5))).isTrue();
        assertThat(seen).hasSize(500).isSorted().startsWith(0L, 1L, 2L);
        assertThat(thread.get()).isNotSameAs(Thread.currentThread());
        assertThat(thread.get().getName()).isEqualTo("dangan-r1-dispatch");
    }

    @Test
    @DisplayName("a full queue drops the oldest tag observations, never state events, and reports the count")
    void dropsOldestObservationsButNeverStateEvents() throws Exception {
        dispatcher = EventDispatcher.forReader("r1", 16, CLOCK);
        CountDownLatch release = new CountDownLatch(1);
        List<ReaderEvent> seen = new CopyOnWriteArrayList<>();
        dispatcher.subscribe(e -> {
            try {
                release.await();
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            seen.add(e);
        });
        state(ConnectionState.NEW, ConnectionState.CONNECTING);
        for (int i = 0; i < 100; i++) {
            tag();
        }
        state(ConnectionState.CONNECTING, ConnectionState.CONNECTED);
        release.countDown();
        assertThat(dispatcher.awaitDelivered(Duration.ofSeconds(5))).isTrue();
        assertThat(seen).filteredOn(e -> e instanceof ConnectionChanged).hasSize(2);
        List<DeliveryOverflow> overflows = seen.stream().filter(e -> e instanceof DeliveryOverflow)
                .map(DeliveryOverflow.class::cast).toList();
        long observed = seen.stream().filter(e -> e instanceof TagObserved).count();
        long dropped = overflows.stream().mapToLong(DeliveryOverflow::dropped).sum();
        assertThat(dropped).isPositive();
        assertThat(observed + dropped).isEqualTo(100);
        assertThat(dispatcher.stats().dropped()).isEqualTo(dropped);
        assertThat(seen).extracting(ReaderEvent::sequence).isSorted();
        // the newest observations survive: the last tag published is delivered
        assertThat(seen).filteredOn(e -> e instanceof TagObserved).last()
                .satisfies(e -> assertThat(e.sequence()).isGreaterThanOrEqualTo(100));
    }

    @Test
    @DisplayName("a throwing listener is isolated: the others and later events are still delivered")
    void throwingListenerIsIsolated() {
        dispatcher = EventDispatcher.forReader("r1", 64, CLOCK);
        List<Long> good = new CopyOnWriteArrayList<>();
        dispatcher.subscribe(e -> {
            throw new IllegalStateException("bad listener");
        });
        dispatcher.subscribe(e -> good.add(e.sequence()));
        tag();
        tag();
        assertThat(dispatcher.awaitDelivered(Duration.ofSeconds(5))).isTrue();
        assertThat(good).containsExactly(0L, 1L);
        assertThat(dispatcher.stats().listenerFailures()).isEqualTo(2);
    }

    @Test
    @DisplayName("closing from inside a callback neither deadlocks nor loses the thread")
    void closeFromCallback() throws Exception {
        dispatcher = EventDispatcher.forReader("r1", 64, CLOCK);
        CountDownLatch closed = new CountDownLatch(1);
        dispatcher.subscribe(e -> {
            dispatcher.close();
            closed.countDown();
        });
        tag();
        assertThat(closed.await(5, TimeUnit.SECONDS)).isTrue();
        for (int i = 0; i < 100 && !dispatcher.terminated(); i++) {
            Thread.sleep(10);
        }
        assertThat(dispatcher.terminated()).isTrue();
        assertThat(tag()).isEqualTo(-1);
    }

    @Test
    @DisplayName("a subscription closed inside its callback receives nothing more")
    void unsubscribeFromCallback() {
        dispatcher = EventDispatcher.forReader("r1", 64, CLOCK);
        List<Long> seen = new CopyOnWriteArrayList<>();
        AtomicReference<Subscription> sub = new AtomicReference<>();
        sub.set(dispatcher.subscribe(e -> {
            seen.add(e.sequence());
            sub.get().close();
        }));
        tag();
        tag();
        assertThat(dispatcher.awaitDelivered(Duration.ofSeconds(5))).isTrue();
        assertThat(seen).containsExactly(0L);
    }
}
