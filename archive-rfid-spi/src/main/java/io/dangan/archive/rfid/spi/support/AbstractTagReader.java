package io.dangan.archive.rfid.spi.support;

import io.dangan.archive.rfid.spi.AntennaChanged;
import io.dangan.archive.rfid.spi.AntennaConfig;
import io.dangan.archive.rfid.spi.BufferWarning;
import io.dangan.archive.rfid.spi.Capability;
import io.dangan.archive.rfid.spi.ConnectionChanged;
import io.dangan.archive.rfid.spi.ConnectionState;
import io.dangan.archive.rfid.spi.DeviceFault;
import io.dangan.archive.rfid.spi.HardwareErrorCode;
import io.dangan.archive.rfid.spi.HardwareException;
import io.dangan.archive.rfid.spi.InventoryResult;
import io.dangan.archive.rfid.spi.InventoryStarted;
import io.dangan.archive.rfid.spi.InventoryStopped;
import io.dangan.archive.rfid.spi.ReaderConfig;
import io.dangan.archive.rfid.spi.ReaderEvent;
import io.dangan.archive.rfid.spi.Subscription;
import io.dangan.archive.rfid.spi.TagId;
import io.dangan.archive.rfid.spi.TagKind;
import io.dangan.archive.rfid.spi.TagObserved;
import io.dangan.archive.rfid.spi.TagReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * A tag reader with the whole SPI contract implemented (读写器基类): lifecycle, idempotent start/stop, one-shot
 * inventory, config rejection, garbage filtering and delivery. A vendor implements the I/O hooks and reports tags
 * with {@link #reportTag}.
 */
public abstract class AbstractTagReader extends AbstractDevice<ReaderEvent> implements TagReader {
    /** The reader's configuration. */
    protected final ReaderConfig readerConfig;
    private final String[] aliasByPort;
    private final AtomicLong garbageValues = new AtomicLong();
    private final AtomicBoolean garbageReported = new AtomicBoolean();

    /**
     * Validates the configuration against what the reader can do and creates the reader.
     *
     * @param config the configuration
     * @param capabilities what the reader can do
     * @param antennaPorts how many antenna ports the reader has
     * @throws HardwareException {@code CONFIG_REJECTED} when the configuration requires an undeclared capability,
     *     enables keepalive without {@code KEEPALIVE} or reconnecting without {@code RECONNECT}, or uses an antenna
     *     port the reader does not have
     */
    protected AbstractTagReader(ReaderConfig config, Set<Capability> capabilities, int antennaPorts) {
        super(validated(config, capabilities, antennaPorts), capabilities,
                EventDispatcher.forReader(config.device().deviceId(), config.device().queueCapacity(),
                        config.device().clock()));
        this.readerConfig = config;
        int max = 0;
        for (AntennaConfig a : config.antennas()) {
            max = Math.max(max, a.port());
        }
        aliasByPort = new String[max + 1];
        for (AntennaConfig a : config.antennas()) {
            aliasByPort[a.port()] = a.alias();
        }
    }

    private static io.dangan.archive.rfid.spi.DeviceConfig validated(ReaderConfig config, Set<Capability> caps,
            int antennaPorts) {
        String id = config.device().deviceId();
        Set<Capability> missing = config.required().isEmpty() ? EnumSet.noneOf(Capability.class)
                : EnumSet.copyOf(config.required());
        missing.removeAll(caps);
        if (!missing.isEmpty()) {
            throw configRejected(id, "reader " + id + " cannot provide " + missing + "; it declares " + sorted(caps));
        }
        requireLinkCapabilities("reader", config.device(), caps);
        for (AntennaConfig a : config.antennas()) {
            if (a.port() > antennaPorts) {
                throw configRejected(id, "reader " + id + " has antenna ports 1.." + antennaPorts
                        + ", configuration asks for port " + a.port() + " (" + a.alias() + ")");
            }
        }
        return config.device();
    }

    @Override
    final ReaderEvent connectionChanged(long sequence, Instant at, ConnectionState from, ConnectionState to, String detail) {
        return new ConnectionChanged(deviceId(), sequence, at, from, to, detail);
    }

    @Override
    final ReaderEvent fault(long sequence, Instant at, String code, String message) {
        return new DeviceFault(deviceId(), sequence, at, code, message);
    }

    /**
     * Starts reading on the device.
     *
     * @throws Exception when the device refuses
     */
    protected abstract void doStartInventory() throws Exception;

    /** Stops reading on the device; must not throw. */
    protected abstract void doStopInventory();

    /**
     * Writes and verifies an EPC. The default throws {@code CAPABILITY_UNSUPPORTED}.
     *
     * @param target the tag to write
     * @param newEpc the new EPC
     * @param timeout the operation timeout
     * @throws Exception a {@link TimeoutException} when the tag did not answer in time; anything else is a failure
     */
    protected void doWriteEpc(TagId target, TagId newEpc, Duration timeout) throws Exception {
        throw new HardwareException(HardwareErrorCode.CAPABILITY_UNSUPPORTED, deviceId(),
                "reader " + deviceId() + " cannot write tags");
    }

    @Override
    public final void start() {
        synchronized (lifecycle) {
            requireLinked("start an inventory");
            if (state() == ConnectionState.INVENTORYING) {
                return;
            }
            try {
                doStartInventory();
            } catch (HardwareException e) {
                throw e;
            } catch (Exception e) {
                throw new HardwareException(HardwareErrorCode.OPERATION_FAILED, deviceId(),
                        "reader " + deviceId() + " refused to start an inventory: " + e.getMessage(), e);
            }
            garbageReported.set(false);
            transition(ConnectionState.INVENTORYING, "inventory started");
            publish(seq -> new InventoryStarted(deviceId(), seq, now(), InventoryStarted.Reason.REQUESTED));
        }
    }

    @Override
    public final void stop() {
        synchronized (lifecycle) {
            if (state() != ConnectionState.INVENTORYING) {
                return;
            }
            doStopInventory();
            publish(seq -> new InventoryStopped(deviceId(), seq, now(), InventoryStopped.Reason.REQUESTED));
            transition(ConnectionState.CONNECTED, "inventory stopped");
        }
    }

    /** Reports that the device stopped the inventory on its own (a trigger, an error). */
    protected final void inventoryStoppedByDevice() {
        synchronized (lifecycle) {
            if (state() != ConnectionState.INVENTORYING) {
                return;
            }
            publish(seq -> new InventoryStopped(deviceId(), seq, now(), InventoryStopped.Reason.DEVICE));
            transition(ConnectionState.CONNECTED, "inventory stopped by the device");
        }
    }

    @Override
    boolean wasActive() {
        return state() == ConnectionState.INVENTORYING;
    }

    @Override
    void linkLost(boolean wasActive) {
        if (wasActive) {
            publish(seq -> new InventoryStopped(deviceId(), seq, now(), InventoryStopped.Reason.CONNECTION_LOST));
        }
    }

    @Override
    void linkRestored() {
        try {
            doStartInventory();
        } catch (Exception e) {
            reportFault("RESUME_FAILED", "inventory could not resume after reconnect: " + e.getMessage());
            return;
        }
        transition(ConnectionState.INVENTORYING, "inventory resumed after reconnect");
        publish(seq -> new InventoryStarted(deviceId(), seq, now(), InventoryStarted.Reason.RESUMED));
    }

    @Override
    void beforeClose() {
        if (state() == ConnectionState.INVENTORYING) {
            doStopInventory();
            publish(seq -> new InventoryStopped(deviceId(), seq, now(), InventoryStopped.Reason.CLOSED));
        }
    }

    @Override
    public final InventoryResult inventoryOnce(Duration window) {
        if (onDispatcherThread()) {
            throw new IllegalStateException("inventoryOnce called from a listener of reader " + deviceId()
                    + "; it waits for deliveries and would deadlock");
        }
        if (window.isNegative()) {
            throw new IllegalArgumentException("inventory window " + window + " is negative");
        }
        requireLinked("run an inventory");
        List<io.dangan.archive.rfid.spi.TagObserved> seen = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean interrupted = new AtomicBoolean();
        Subscription sub = subscribe(e -> {
            if (e instanceof TagObserved t) {
                seen.add(t);
            } else if (e instanceof InventoryStopped s && s.reason() == InventoryStopped.Reason.CONNECTION_LOST) {
                interrupted.set(true);
            } else if (e instanceof io.dangan.archive.rfid.spi.DeliveryOverflow) {
                interrupted.set(true);
            }
        });
        try {
            boolean wasRunning = state() == ConnectionState.INVENTORYING;
            Instant startedAt = now();
            start();
            try {
                Thread.sleep(window.toMillis(), (int) (window.toNanos() % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                interrupted.set(true);
            }
            if (!wasRunning) {
                stop();
            }
            Instant endedAt = now();
            if (!dispatcher.awaitDelivered(config.operationTimeout())) {
                throw new HardwareException(HardwareErrorCode.OPERATION_TIMEOUT, deviceId(), "reader " + deviceId()
                        + ": inventory results not delivered within " + config.operationTimeout().toMillis() + " ms");
            }
            List<TagObserved> copy;
            synchronized (seen) {
                copy = List.copyOf(seen);
            }
            return new InventoryResult(deviceId(), startedAt, endedAt.isBefore(startedAt) ? startedAt : endedAt, copy,
                    interrupted.get());
        } finally {
            sub.close();
        }
    }

    @Override
    public final void writeEpc(TagId target, TagId newEpc) {
        if (!capabilities().contains(Capability.WRITE_EPC)) {
            throw new HardwareException(HardwareErrorCode.CAPABILITY_UNSUPPORTED, deviceId(),
                    "reader " + deviceId() + " cannot write tags; it declares " + capabilities());
        }
        if (newEpc.kind() != TagKind.EPC) {
            throw new IllegalArgumentException("new EPC has kind " + newEpc.kind() + ", expected EPC");
        }
        requireLinked("write a tag");
        Duration timeout = config.operationTimeout();
        try {
            doWriteEpc(target, newEpc, timeout);
        } catch (HardwareException e) {
            throw e;
        } catch (TimeoutException e) {
            throw new HardwareException(HardwareErrorCode.OPERATION_TIMEOUT, deviceId(), "reader " + deviceId()
                    + ": writing tag " + target + " did not finish within " + timeout.toMillis() + " ms", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HardwareException(HardwareErrorCode.OPERATION_FAILED, deviceId(), "writing tag " + target
                    + " was interrupted", e);
        } catch (Exception e) {
            throw new HardwareException(HardwareErrorCode.OPERATION_FAILED, deviceId(), "reader " + deviceId()
                    + ": writing tag " + target + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * The alias of an antenna port.
     *
     * @param port the port
     * @return its configured alias, or {@code antenna-N}
     */
    protected final String aliasOf(int port) {
        String a = port > 0 && port < aliasByPort.length ? aliasByPort[port] : null;
        return a != null ? a : readerConfig.aliasOf(port);
    }

    /**
     * Reports a tag observation with only RSSI. A NaN or implausible RSSI is discarded (the observation is kept
     * without it) and counted in {@link #garbageValues()}.
     *
     * @param tag the tag
     * @param antennaPort the antenna port
     * @param rssiDbm the RSSI in dBm, NaN when absent
     * @return the sequence number, or -1 when not delivered (reader not linked)
     */
    protected final long reportTag(TagId tag, int antennaPort, double rssiDbm) {
        Double rssi = null;
        if (TagObserved.plausibleRssi(rssiDbm)) {
            rssi = rssiDbm;
        } else if (!Double.isNaN(rssiDbm)) {
            garbage("RSSI " + rssiDbm + " dBm");
        }
        return deliverTag(tag, antennaPort, rssi, null, null, null, null, 1);
    }

    /**
     * Reports a tag observation with every optional field. Implausible values (NaN, out of range, last seen before
     * first seen, a seen count below 1) are discarded, counted in {@link #garbageValues()}, and the first one after
     * each start is reported as a {@code GARBAGE_VALUE} fault.
     *
     * @param tag the tag
     * @param antennaPort the antenna port, from 1
     * @param rssiDbm RSSI in dBm, or {@code null}
     * @param phaseDegrees phase in degrees, or {@code null}
     * @param channelMhz channel in MHz, or {@code null}
     * @param firstSeenMicros first seen on the reader's clock, or {@code null}
     * @param lastSeenMicros last seen on the reader's clock, or {@code null}
     * @param seenCount the reader's seen count
     * @return the sequence number, or -1 when not delivered
     */
    protected final long reportTag(TagId tag, int antennaPort, @Nullable Double rssiDbm, @Nullable Double phaseDegrees,
            @Nullable Double channelMhz, @Nullable Long firstSeenMicros, @Nullable Long lastSeenMicros, int seenCount) {
        if (rssiDbm != null && !TagObserved.plausibleRssi(rssiDbm)) {
            garbage("RSSI " + rssiDbm + " dBm");
            rssiDbm = null;
        }
        if (phaseDegrees != null && !TagObserved.plausiblePhase(phaseDegrees)) {
            garbage("phase " + phaseDegrees);
            phaseDegrees = null;
        }
        if (channelMhz != null && !TagObserved.plausibleChannel(channelMhz)) {
            garbage("channel " + channelMhz + " MHz");
            channelMhz = null;
        }
        if (firstSeenMicros != null && lastSeenMicros != null && lastSeenMicros < firstSeenMicros) {
            garbage("last seen " + lastSeenMicros + " before first seen " + firstSeenMicros);
            firstSeenMicros = null;
            lastSeenMicros = null;
        }
        if (seenCount < 1) {
            garbage("seen count " + seenCount);
            seenCount = 1;
        }
        return deliverTag(tag, antennaPort, rssiDbm, phaseDegrees, channelMhz, firstSeenMicros, lastSeenMicros, seenCount);
    }

    private long deliverTag(TagId tag, int port, @Nullable Double rssi, @Nullable Double phase, @Nullable Double channel,
            @Nullable Long first, @Nullable Long last, int count) {
        if (!state().isLinked()) {
            return -1;
        }
        if (port < 1) {
            garbage("antenna port " + port);
            return -1;
        }
        noteAlive();
        String alias = aliasOf(port);
        String id = deviceId();
        Instant at = now();
        return publish(seq -> new TagObserved(id, seq, at, tag, port, alias, rssi, phase, channel, first, last, count));
    }

    private void garbage(String what) {
        garbageValues.incrementAndGet();
        if (garbageReported.compareAndSet(false, true)) {
            reportFault("GARBAGE_VALUE", "reader " + deviceId() + " reported " + what
                    + "; discarded (later ones are counted, not reported)");
        }
    }

    /** @return how many implausible values were discarded since the reader was opened */
    public final long garbageValues() {
        return garbageValues.get();
    }

    /**
     * Reports an antenna connecting or disconnecting.
     *
     * @param port the port
     * @param connected whether it is connected now
     */
    protected final void reportAntenna(int port, boolean connected) {
        publish(seq -> new AntennaChanged(deviceId(), seq, now(), port, aliasOf(port), connected));
    }

    /**
     * Reports the device's report buffer filling up.
     *
     * @param fillPercent how full it is, 0 to 100
     */
    protected final void reportBufferFill(int fillPercent) {
        int p = Math.max(0, Math.min(100, fillPercent));
        publish(seq -> new BufferWarning(deviceId(), seq, now(), p));
    }
}
