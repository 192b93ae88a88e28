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
     * Opens the link. Must return or throw within {@code timeout}; a longer call counts as a timeout anyway.
     *
     * @param timeout the connect timeout
     * @throws Exception a {@link TimeoutException} or {@link SocketTimeoutException} for a timeout; anything else
     *     is a failed connect
     */
    protected abstract void doConnect(Duration timeout) throws Exception;

    /** Closes the link and releases its resources. Called only after a successful {@link #doConnect}. */
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
        synchronized (lifecycle) {
            ConnectionState s = state;
            if (s == ConnectionState.CLOSED) {
                throw closed("connect");
            }
            if (s.isLinked()) {
                return;
            }
            cancelReconnect();
            transition(ConnectionState.CONNECTING, "connecting to " + config.endpoint());
            try {
                attemptConnect();
            } catch (HardwareException e) {
                transition(ConnectionState.FAILED, e.getMessage());
                throw e;
            }
            transition(ConnectionState.CONNECTED, "connected to " + config.endpoint());
            afterConnect();
            startKeepalive();
        }
    }

    private void attemptConnect() {
        Duration timeout = config.connectTimeout();
        long start = System.nanoTime();
        try {
            doConnect(timeout);
            linkOpen = true;
        } catch (HardwareException e) {
            throw e;
        } catch (TimeoutException | SocketTimeoutException e) {
            throw new HardwareException(HardwareErrorCode.CONNECT_TIMEOUT, deviceId(), "device " + deviceId() + " at "
                    + config.endpoint() + " did not answer within " + timeout.toMillis() + " ms", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HardwareException(HardwareErrorCode.CONNECT_FAILED, deviceId(), "connecting device " + deviceId()
                    + " was interrupted", e);
        } catch (Exception e) {
            throw new HardwareException(HardwareErrorCode.CONNECT_FAILED, deviceId(), "connecting device " + deviceId()
                    + " at " + config.endpoint() + " failed: " + e.getMessage(), e);
        }
        long elapsed = System.nanoTime() - start;
        if (elapsed > timeout.toNanos() + TimeUnit.MILLISECONDS.toNanos(50)) {
            safeDisconnect();
            throw new HardwareException(HardwareErrorCode.CONNECT_TIMEOUT, deviceId(), "device " + deviceId()
                    + " took " + TimeUnit.NANOSECONDS.toMillis(elapsed) + " ms to connect, timeout "
                    + timeout.toMillis() + " ms");
        }
        noteAlive();
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
        synchronized (lifecycle) {
            if (state != ConnectionState.RECONNECTING || attempt != reconnectAttempt) {
                return;
            }
            try {
                attemptConnect();
            } catch (HardwareException e) {
                if (attempt >= config.reconnect().maxAttempts()) {
                    transition(ConnectionState.FAILED, "reconnecting gave up after " + attempt + " attempts: "
                            + e.getMessage());
                } else {
                    scheduleReconnect();
                }
                return;
            }
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
                supervisor.awaitTermination(config.connectTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
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

    static HardwareException configRejected(String deviceId, String message) {
        return new HardwareException(HardwareErrorCode.CONFIG_REJECTED, deviceId, message);
    }
}
