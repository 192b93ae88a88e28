package io.dangan.archive.rfid.spi.support;

import io.dangan.archive.rfid.spi.Capability;
import io.dangan.archive.rfid.spi.ConnectionState;
import io.dangan.archive.rfid.spi.DeliveryStats;
import io.dangan.archive.rfid.spi.Device;
import io.dangan.archive.rfid.spi.DeviceConfig;
import io.dangan.archive.rfid.spi.DeviceEvent;
import io.dangan.archive.rfid.spi.DeviceListener;
import io.dangan.archive.rfid.spi.HardwareErrorCode;
import io.dangan.archive.rfid.spi.HardwareException;
import io.dangan.archive.rfid.spi.Subscription;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongFunction;
import org.jspecify.annotations.Nullable;

/**
 * The device lifecycle (设备生命周期), implemented once for vendors: connect with a timeout, idempotent close,
 * keepalive monitoring, reconnect with back-off, and delivery through an {@link EventDispatcher}.
 *
 * <p>A vendor extends {@link AbstractTagReader}, {@link AbstractDoorController} or {@link AbstractSensorDevice} and
 * implements {@link #doConnect(Duration)} and {@link #doDisconnect()}; its I/O code reports through the
 * {@code report...} methods and calls {@link #connectionLost(String)} when the link breaks. Threads: one dispatcher
 * thread, and one supervisor thread (started on first use) for keepalive, reconnects and timers; both end on
 * {@link #close()}.
 *
 * @param <E> the device's event type
 */
public abstract class AbstractDevice<E extends DeviceEvent> implements Device<E> {
    /** The device's common settings. */
    protected final DeviceConfig config;
    private final Set<Capability> capabilities;
    final EventDispatcher<E> dispatcher;
    final Object lifecycle = new Object();
    private final ScheduledThreadPoolExecutor supervisor;
    private volatile @Nullable Thread supervisorThread;

    private volatile ConnectionState state = ConnectionState.NEW;
    private volatile long lastAliveNanos;
    // guarded by lifecycle
    private boolean linkOpen;
    private int reconnectAttempt;
    private @Nullable ScheduledFuture<?> reconnectTask;
    private @Nullable ScheduledFuture<?> keepaliveTask;
    private boolean resumeAfterReconnect;
    private @Nullable ConnectAttempt inFlight;
    private volatile @Nullable ConnectAttempt lastAttempt;
    /** How much longer than the timeout a driver may take, so that its own timeout report wins. */
    private static final long GRACE_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    AbstractDevice(DeviceConfig config, Set<Capability> capabilities, EventDispatcher<E> dispatcher) {
        this.config = Objects.requireNonNull(config, "config");
        this.capabilities = Set.copyOf(capabilities);
        this.dispatcher = dispatcher;
        this.supervisor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "dangan-" + config.deviceId() + "-supervisor");
            t.setDaemon(true);
            supervisorThread = t;
            return t;
        });
        supervisor.setRemoveOnCancelPolicy(true);
        supervisor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    abstract E connectionChanged(long sequence, Instant at, ConnectionState from, ConnectionState to, String detail);

    abstract E fault(long sequence, Instant at, String code, String message);

    /**
     * Opens the link. Should return or throw within {@code timeout}; the base class does not rely on it: the call
     * runs on a connect thread of its own ({@code dangan-<id>-connect}), never under the lifecycle lock, and the
     * caller of {@link #connect()} gets {@code CONNECT_TIMEOUT} once the timeout (plus 50 ms) has passed. The
     * abandoned call is then interrupted, and should it still open the link, {@link #doDisconnect()} closes it
     * again (and a {@code LATE_CONNECT} fault is reported). A new attempt starts only after the previous one has
     * returned.
     *
     * @param timeout the connect timeout
     * @throws Exception a {@link TimeoutException} or {@link SocketTimeoutException} for a timeout; anything else
     *     is a failed connect
     */
    protected abstract void doConnect(Duration timeout) throws Exception;

    /**
     * Closes the link and releases its resources. Called only after a successful {@link #doConnect}, including
     * one that returned after its attempt was abandoned (then on the connect thread).
     */
    protected abstract void doDisconnect();

    /**
     * Probes the link once per keepalive period. The default returns {@code true} (no active probe: the link is
     * presumed alive until {@link #connectionLost} is called). A driver whose device sends keepalives returns
     * {@code false} here and calls {@link #noteAlive()} on each one.
     *
     * @return whether the device answered
     */
    protected boolean probe() {
        return true;
    }

    /** Called with the lifecycle lock held when the link is lost, before the state changes. */
    void linkLost(boolean wasActive) {
    }

    /** Called with the lifecycle lock held after a reconnect, when the device was active before the loss. */
    void linkRestored() {
    }

    /** Called with the lifecycle lock held when closing, before the link closes. */
    void beforeClose() {
    }

    /** Called with the lifecycle lock held after each successful connect. */
    void afterConnect() {
    }

    /** @return whether the device was active (e.g. inventorying) when the link was lost */
    boolean wasActive() {
        return false;
    }

    @Override
    public final String deviceId() {
        return config.deviceId();
    }

    @Override
    public final Set<Capability> capabilities() {
        return capabilities;
    }

    @Override
    public final ConnectionState state() {
        return state;
    }

    @Override
    public final Subscription subscribe(DeviceListener<? super E> listener) {
        return dispatcher.subscribe(listener);
    }

    @Override
    public final DeliveryStats deliveryStats() {
        return dispatcher.stats();
    }

    @Override
    public final void connect() {
        ConnectAttempt attempt;
        synchronized (lifecycle) {
            awaitNotConnecting();
            ConnectionState s = state;
            if (s == ConnectionState.CLOSED) {
                throw closed("connect");
            }
            if (s.isLinked()) {
                return;
            }
            cancelReconnect();
            transition(ConnectionState.CONNECTING, "connecting to " + config.endpoint());
            attempt = new ConnectAttempt(config.connectTimeout());
            inFlight = attempt;
        }
        HardwareException failure = null;
        try {
            awaitLink(attempt);
        } catch (HardwareException e) {
            failure = e;
        }
        synchronized (lifecycle) {
            if (inFlight == attempt) {
                inFlight = null;
            }
            if (state != ConnectionState.CONNECTING) {
                // closed while connecting: a link opened after all is released by the attempt
                attempt.abandon();
                throw state == ConnectionState.CLOSED ? closed("connect") : new HardwareException(
                        HardwareErrorCode.CONNECT_FAILED, deviceId(), "connecting device " + deviceId()
                                + " was overtaken: the device is now " + state);
            }
            if (failure == null && !attempt.adopt()) {
                failure = new HardwareException(HardwareErrorCode.CONNECT_FAILED, deviceId(), "connecting device "
                        + deviceId() + " was abandoned");
            }
            if (failure != null) {
                attempt.abandon();
                transition(ConnectionState.FAILED, failure.getMessage());
                throw failure;
            }
            linkOpen = true;
            noteAlive();
            transition(ConnectionState.CONNECTED, "connected to " + config.endpoint());
            afterConnect();
            startKeepalive();
        }
    }

    /** Waits (holding the lifecycle lock, which {@code wait} releases) while another thread is connecting. */
    private void awaitNotConnecting() {
        long deadline = System.nanoTime() + config.connectTimeout().toNanos() + GRACE_NANOS + GRACE_NANOS;
        while (state == ConnectionState.CONNECTING) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new HardwareException(HardwareErrorCode.CONNECT_TIMEOUT, deviceId(), "device " + deviceId()
                        + ": another connect did not finish within " + config.connectTimeout().toMillis() + " ms");
            }
            try {
                TimeUnit.NANOSECONDS.timedWait(lifecycle, left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new HardwareException(HardwareErrorCode.CONNECT_FAILED, deviceId(), "connecting device "
                        + deviceId() + " was interrupted", e);
            }
        }
    }

    /**
     * Runs the driver's {@link #doConnect} on its own connect thread and waits for it at most the connect timeout
     * (plus a 50 ms grace for the driver's own timeout to win). Called without the lifecycle lock, so
     * {@link #close()} is never held up by a connecting driver. On expiry the attempt is abandoned: its thread is
     * interrupted and a link it opens later is closed again with {@link #doDisconnect()}.
     *
     * @param attempt the attempt, not yet started
     * @throws HardwareException {@code CONNECT_TIMEOUT} on expiry, {@code CONNECT_FAILED} when the driver failed or
     *     the waiting thread was interrupted
     */
    private void awaitLink(ConnectAttempt attempt) {
        Duration timeout = attempt.timeout;
        long deadline = System.nanoTime() + timeout.toNanos() + GRACE_NANOS;
        ConnectAttempt previous = lastAttempt;
        lastAttempt = attempt;
        try {
            if (previous != null && !previous.awaitEnd(deadline)) {
                attempt.abandon();
                throw new HardwareException(HardwareErrorCode.CONNECT_TIMEOUT, deviceId(), "device " + deviceId()
                        + ": an earlier connect to " + config.endpoint() + " has still not returned; not retrying"
                        + " within the timeout of " + timeout.toMillis() + " ms");
            }
            attempt.start();
            if (!attempt.awaitDone(deadline)) {
                attempt.abandon();
                throw new HardwareException(HardwareErrorCode.CONNECT_TIMEOUT, deviceId(), "device " + deviceId()
                        + " at " + config.endpoint() + " did not answer within " + timeout.toMillis()
                        + " ms; the connect was abandoned");
            }
        } catch (InterruptedException e) {
            attempt.abandon();
            Thread.currentThread().interrupt();
            throw new HardwareException(HardwareErrorCode.CONNECT_FAILED, deviceId(), "connecting device " + deviceId()
                    + " was interrupted", e);
        }
        Throwable failure = attempt.failure();
        if (failure == null) {
            return;
        }
        if (failure instanceof HardwareException e) {
            throw e;
        }
        if (failure instanceof TimeoutException || failure instanceof SocketTimeoutException) {
            throw new HardwareException(HardwareErrorCode.CONNECT_TIMEOUT, deviceId(), "device " + deviceId() + " at "
                    + config.endpoint() + " did not answer within " + timeout.toMillis() + " ms", failure);
        }
        if (failure instanceof InterruptedException) {
            throw new HardwareException(HardwareErrorCode.CONNECT_FAILED, deviceId(), "connecting device " + deviceId()
                    + " was interrupted", failure);
        }
        if (failure instanceof Error err && !(failure instanceof AssertionError)) {
            throw err;
        }
        throw new HardwareException(HardwareErrorCode.CONNECT_FAILED, deviceId(), "connecting device " + deviceId()
                + " at " + config.endpoint() + " failed: " + failure.getMessage(), failure);
    }

    /** Releases a link that was opened but never adopted (a connect that returned after it was abandoned). */
    private void releaseLateLink() {
        try {
            doDisconnect();
        } catch (RuntimeException e) {
            publish(seq -> fault(seq, now(), "DISCONNECT_FAILED", "closing a late link threw: " + e));
        }
        publish(seq -> fault(seq, now(), "LATE_CONNECT", "a connect to " + config.endpoint()
                + " returned after it was abandoned; its link was closed again"));
    }

    /**
     * One run of the driver's {@link #doConnect} on a thread of its own ({@code dangan-<id>-connect}). The waiting
     * side either adopts the link or abandons the attempt; an abandoned attempt interrupts the driver and closes a
     * link that opens after all. Exactly one of adopt and release happens to a successful attempt.
     */
    private final class ConnectAttempt implements Runnable {
        final Duration timeout;
        private final Thread thread;
        // guarded by this
        private boolean finished;
        private boolean abandoned;
        private boolean adopted;
        private boolean released;
        private @Nullable Throwable failure;

        ConnectAttempt(Duration timeout) {
            this.timeout = timeout;
            this.thread = new Thread(this, "dangan-" + deviceId() + "-connect");
            thread.setDaemon(true);
        }

        void start() {
            thread.start();
        }

        @Override
        public void run() {
            Throwable f = null;
            try {
                doConnect(timeout);
            } catch (Throwable t) {
                f = t;
            }
            boolean release;
            synchronized (this) {
                finished = true;
                failure = f;
                release = f == null && abandoned && !released;
                released |= release;
                notifyAll();
            }
            if (release) {
                releaseLateLink();
            }
        }

        /** @return whether the driver returned before the deadline */
        synchronized boolean awaitDone(long deadlineNanos) throws InterruptedException {
            while (!finished && !abandoned) {
                long left = deadlineNanos - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
            return finished;
        }

        /** @return whether the attempt's thread ended before the deadline */
        boolean awaitEnd(long deadlineNanos) throws InterruptedException {
            long left = deadlineNanos - System.nanoTime();
            if (left > 0) {
                TimeUnit.NANOSECONDS.timedJoin(thread, left);
            }
            return !thread.isAlive();
        }

        synchronized @Nullable Throwable failure() {
            return failure;
        }

        /** @return whether the link is now the device's (the attempt succeeded and was not abandoned) */
        synchronized boolean adopt() {
            if (abandoned) {
                return false;
            }
            adopted = finished && failure == null;
            return true;
        }

        /** Gives the attempt up: interrupts a running driver; closes a link that was opened but not adopted. */
        void abandon() {
            boolean release;
            boolean running;
            synchronized (this) {
                if (adopted) {
                    return;
                }
                abandoned = true;
                running = !finished;
                release = finished && failure == null && !released;
                released |= release;
                notifyAll();
            }
            if (running) {
                thread.interrupt();
            }
            if (release) {
                releaseLateLink();
            }
        }
    }

    private void safeDisconnect() {
        if (!linkOpen) {
            return;
        }
        linkOpen = false;
        try {
            doDisconnect();
        } catch (RuntimeException e) {
            publish(seq -> fault(seq, now(), "DISCONNECT_FAILED", "closing the link threw: " + e));
        }
    }

    private void startKeepalive() {
        if (keepaliveTask != null || !config.keepalive().enabled()) {
            return;
        }
        long period = config.keepalive().period().toNanos();
        keepaliveTask = supervisor.scheduleAtFixedRate(this::keepaliveTick, period, period, TimeUnit.NANOSECONDS);
    }

    private void keepaliveTick() {
        if (!state.isLinked()) {
            return;
        }
        boolean alive;
        try {
            alive = probe();
        } catch (RuntimeException e) {
            alive = false;
        }
        if (alive) {
            noteAlive();
        } else if (System.nanoTime() - lastAliveNanos > config.keepalive().deadAfter().toNanos()) {
            connectionLost("no keepalive for " + config.keepalive().missedLimit() + " periods of "
                    + config.keepalive().period().toMillis() + " ms");
        }
    }

    /** Records a sign of life from the device (a keepalive, a report). Cheap; call it from the I/O thread. */
    protected final void noteAlive() {
        lastAliveNanos = System.nanoTime();
    }

    /**
     * Reports a lost link. The device goes to {@link ConnectionState#RECONNECTING} and reconnects following the
     * configured policy (or to {@link ConnectionState#FAILED} when reconnecting is disabled). Ignored unless the
     * device is connected. May be called from any thread.
     *
     * @param cause what happened
     */
    protected final void connectionLost(String cause) {
        synchronized (lifecycle) {
            if (!state.isLinked()) {
                return;
            }
            resumeAfterReconnect = wasActive();
            linkLost(resumeAfterReconnect);
            safeDisconnect();
            if (config.reconnect().maxAttempts() == 0) {
                transition(ConnectionState.FAILED, "link lost: " + cause + "; reconnecting is disabled");
                return;
            }
            transition(ConnectionState.RECONNECTING, "link lost: " + cause);
            reconnectAttempt = 0;
            scheduleReconnect();
        }
    }

    private void scheduleReconnect() {
        int attempt = ++reconnectAttempt;
        long delay = config.reconnect().delayBefore(attempt).toNanos();
        reconnectTask = supervisor.schedule(() -> reconnect(attempt), delay, TimeUnit.NANOSECONDS);
    }

    private void reconnect(int attempt) {
        ConnectAttempt a;
        synchronized (lifecycle) {
            if (state != ConnectionState.RECONNECTING || attempt != reconnectAttempt) {
                return;
            }
            a = new ConnectAttempt(config.connectTimeout());
            inFlight = a;
        }
        HardwareException failure = null;
        try {
            awaitLink(a);
        } catch (HardwareException e) {
            failure = e;
        }
        synchronized (lifecycle) {
            if (inFlight == a) {
                inFlight = null;
            }
            if (state != ConnectionState.RECONNECTING || attempt != reconnectAttempt) {
                a.abandon();
                return;
            }
            if (failure == null && !a.adopt()) {
                failure = new HardwareException(HardwareErrorCode.CONNECT_FAILED, deviceId(), "reconnecting device "
                        + deviceId() + " was abandoned");
            }
            if (failure != null) {
                a.abandon();
                if (attempt >= config.reconnect().maxAttempts()) {
                    transition(ConnectionState.FAILED, "reconnecting gave up after " + attempt + " attempts: "
                            + failure.getMessage());
                } else {
                    scheduleReconnect();
                }
                return;
            }
            linkOpen = true;
            noteAlive();
            transition(ConnectionState.CONNECTED, "reconnected on attempt " + attempt);
            afterConnect();
            if (resumeAfterReconnect) {
                linkRestored();
            }
        }
    }

    private void cancelReconnect() {
        ScheduledFuture<?> t = reconnectTask;
        if (t != null) {
            t.cancel(false);
            reconnectTask = null;
        }
        reconnectAttempt++;
        ConnectAttempt a = inFlight;
        if (a != null) {
            inFlight = null;
            a.abandon();
        }
    }

    /**
     * Changes the state and publishes the change. Callers hold the lifecycle lock.
     *
     * @param to the new state
     * @param detail why
     */
    final void transition(ConnectionState to, String detail) {
        ConnectionState from = state;
        if (from == to) {
            return;
        }
        state = to;
        lifecycle.notifyAll();
        publish(seq -> connectionChanged(seq, now(), from, to, detail));
    }

    @Override
    public final void close() {
        synchronized (lifecycle) {
            if (state == ConnectionState.CLOSED) {
                return;
            }
            try {
                beforeClose();
            } catch (RuntimeException e) {
                publish(seq -> fault(seq, now(), "CLOSE_FAILED", "stopping before close threw: " + e));
            }
            cancelReconnect();
            ScheduledFuture<?> k = keepaliveTask;
            if (k != null) {
                k.cancel(false);
                keepaliveTask = null;
            }
            safeDisconnect();
            transition(ConnectionState.CLOSED, "closed");
        }
        supervisor.shutdownNow();
        if (Thread.currentThread() != supervisorThread) {
            try {
                supervisor.awaitTermination(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        dispatcher.close();
    }

    /**
     * Publishes an event with the next sequence number.
     *
     * @param factory creates the event from its sequence number
     * @return the sequence number, or -1 when closed
     */
    protected final long publish(LongFunction<? extends E> factory) {
        return dispatcher.publish(factory);
    }

    /**
     * Reports a driver fault (never dropped).
     *
     * @param code a short stable code, e.g. {@code MALFORMED_FRAME}
     * @param message what happened
     */
    protected final void reportFault(String code, String message) {
        publish(seq -> fault(seq, now(), code, message));
    }

    /**
     * Runs a task on the supervisor thread after a delay (timers such as held-open doors). Returns {@code null}
     * when the device is closed.
     *
     * @param task the task
     * @param delay the delay
     * @return the scheduled task, or {@code null}
     */
    protected final @Nullable ScheduledFuture<?> schedule(Runnable task, Duration delay) {
        if (supervisor.isShutdown()) {
            return null;
        }
        try {
            return supervisor.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            return null;
        }
    }

    /**
     * Runs a task periodically on the supervisor thread until close.
     *
     * @param task the task
     * @param period the period
     */
    final void scheduleAtFixedRate(Runnable task, Duration period) {
        if (!supervisor.isShutdown()) {
            supervisor.scheduleAtFixedRate(task, period.toNanos(), period.toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    /** @return the configuration's clock's current instant */
    protected final Instant now() {
        return config.clock().instant();
    }

    /** @return whether the calling thread is this device's dispatcher thread */
    protected final boolean onDispatcherThread() {
        return dispatcher.isDispatcherThread();
    }

    final HardwareException closed(String operation) {
        return new HardwareException(HardwareErrorCode.DEVICE_CLOSED, deviceId(),
                "device " + deviceId() + " is closed; cannot " + operation);
    }

    final HardwareException notConnected(String operation) {
        return new HardwareException(HardwareErrorCode.DEVICE_NOT_CONNECTED, deviceId(),
                "device " + deviceId() + " is " + state + "; cannot " + operation);
    }

    /**
     * Throws unless the device is linked.
     *
     * @param operation what the caller wanted to do
     */
    final void requireLinked(String operation) {
        ConnectionState s = state;
        if (s == ConnectionState.CLOSED) {
            throw closed(operation);
        }
        if (!s.isLinked()) {
            throw notConnected(operation);
        }
    }

    /**
     * Rejects link monitoring or reconnecting that the device cannot do: the default {@link #probe()} answers
     * {@code true}, so an enabled keepalive on a device that does not declare {@link Capability#KEEPALIVE} would
     * never detect a silent link, and a reconnect policy on a device without {@link Capability#RECONNECT} would
     * promise recovery the driver was not written for.
     *
     * @param kind what the device is, for the message ({@code reader}, {@code sensor device}, {@code door controller})
     * @param config the common settings
     * @param capabilities what the device declares
     * @throws HardwareException {@code CONFIG_REJECTED} naming the field and the missing capability
     */
    static void requireLinkCapabilities(String kind, DeviceConfig config, Set<Capability> capabilities) {
        String id = config.deviceId();
        if (config.keepalive().enabled() && !capabilities.contains(Capability.KEEPALIVE)) {
            throw configRejected(id, kind + " " + id + ": keepalive is enabled (a probe every "
                    + config.keepalive().period().toMillis() + " ms, lost after " + config.keepalive().missedLimit()
                    + " missed) but the " + kind + " does not declare KEEPALIVE, so a silent link would never be"
                    + " detected; it declares " + sorted(capabilities) + "; use KeepalivePolicy.disabled()");
        }
        if (config.reconnect().maxAttempts() > 0 && !capabilities.contains(Capability.RECONNECT)) {
            throw configRejected(id, kind + " " + id + ": reconnect is enabled (up to "
                    + config.reconnect().maxAttempts() + " attempts) but the " + kind + " does not declare RECONNECT;"
                    + " it declares " + sorted(capabilities) + "; use ReconnectPolicy.never()");
        }
    }

    static Set<Capability> sorted(Set<Capability> capabilities) {
        Set<Capability> out = java.util.EnumSet.noneOf(Capability.class);
        out.addAll(capabilities);
        return out;
    }

    static HardwareException configRejected(String deviceId, String message) {
        return new HardwareException(HardwareErrorCode.CONFIG_REJECTED, deviceId, message);
    }
}
