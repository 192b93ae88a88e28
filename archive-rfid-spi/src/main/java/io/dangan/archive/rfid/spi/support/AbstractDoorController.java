package io.dangan.archive.rfid.spi.support;

import io.dangan.archive.rfid.spi.AccessDenied;
import io.dangan.archive.rfid.spi.AccessGranted;
import io.dangan.archive.rfid.spi.Capability;
import io.dangan.archive.rfid.spi.ConnectionChanged;
import io.dangan.archive.rfid.spi.ConnectionState;
import io.dangan.archive.rfid.spi.DeviceFault;
import io.dangan.archive.rfid.spi.DoorClosed;
import io.dangan.archive.rfid.spi.DoorConfig;
import io.dangan.archive.rfid.spi.DoorController;
import io.dangan.archive.rfid.spi.DoorEvent;
import io.dangan.archive.rfid.spi.DoorForced;
import io.dangan.archive.rfid.spi.DoorHeldOpen;
import io.dangan.archive.rfid.spi.DoorOpened;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;

/**
 * A door controller with the SPI contract implemented (门禁基类). Reports for unknown doors become
 * {@code UNKNOWN_DOOR} faults; a door open longer than {@link DoorConfig#heldOpenAfter()} yields a
 * {@link DoorHeldOpen} from the base class's own timer.
 */
public abstract class AbstractDoorController extends AbstractDevice<DoorEvent> implements DoorController {
    /** The controller's configuration. */
    protected final DoorConfig doorConfig;
    private final Map<String, ScheduledFuture<?>> openTimers = new ConcurrentHashMap<>();

    /**
     * Validates the configuration against what the controller can do and creates the controller.
     *
     * @param config the configuration
     * @param capabilities what the controller can do
     * @throws io.dangan.archive.rfid.spi.HardwareException {@code CONFIG_REJECTED} when keepalive or reconnecting is
     *     enabled without {@code KEEPALIVE} or {@code RECONNECT}
     */
    protected AbstractDoorController(DoorConfig config, Set<Capability> capabilities) {
        super(validated(config, capabilities), capabilities, EventDispatcher.forDoor(config.device().deviceId(),
                config.device().queueCapacity(), config.device().clock()));
        this.doorConfig = config;
    }

    private static io.dangan.archive.rfid.spi.DeviceConfig validated(DoorConfig config, Set<Capability> caps) {
        requireLinkCapabilities("door controller", config.device(), caps);
        return config.device();
    }

    @Override
    final DoorEvent connectionChanged(long sequence, Instant at, ConnectionState from, ConnectionState to, String detail) {
        return new ConnectionChanged(deviceId(), sequence, at, from, to, detail);
    }

    @Override
    final DoorEvent fault(long sequence, Instant at, String code, String message) {
        return new DeviceFault(deviceId(), sequence, at, code, message);
    }

    @Override
    public final List<String> doorIds() {
        return doorConfig.doorIds();
    }

    private boolean known(String doorId) {
        if (doorConfig.doorIds().contains(doorId)) {
            return true;
        }
        reportFault("UNKNOWN_DOOR", "controller " + deviceId() + " reported door '" + doorId
                + "', configured doors are " + doorConfig.doorIds());
        return false;
    }

    /**
     * Reports a door opening; starts its held-open timer.
     *
     * @param doorId the door
     */
    protected final void reportOpened(String doorId) {
        if (!known(doorId)) {
            return;
        }
        noteAlive();
        publish(seq -> new DoorOpened(deviceId(), seq, now(), doorId));
        ScheduledFuture<?> t = schedule(() -> {
            openTimers.remove(doorId);
            publish(seq -> new DoorHeldOpen(deviceId(), seq, now(), doorId, doorConfig.heldOpenAfter()));
        }, doorConfig.heldOpenAfter());
        ScheduledFuture<?> old = t == null ? openTimers.remove(doorId) : openTimers.put(doorId, t);
        if (old != null) {
            old.cancel(false);
        }
    }

    /**
     * Reports a door closing; cancels its held-open timer.
     *
     * @param doorId the door
     */
    protected final void reportClosed(String doorId) {
        if (!known(doorId)) {
            return;
        }
        noteAlive();
        ScheduledFuture<?> t = openTimers.remove(doorId);
        if (t != null) {
            t.cancel(false);
        }
        publish(seq -> new DoorClosed(deviceId(), seq, now(), doorId));
    }

    /**
     * Reports a door forced open.
     *
     * @param doorId the door
     */
    protected final void reportForced(String doorId) {
        if (known(doorId)) {
            noteAlive();
            publish(seq -> new DoorForced(deviceId(), seq, now(), doorId));
        }
    }

    /**
     * Reports access granted.
     *
     * @param doorId the door
     * @param credentialRef an opaque credential reference
     */
    protected final void reportGranted(String doorId, String credentialRef) {
        if (known(doorId)) {
            noteAlive();
            publish(seq -> new AccessGranted(deviceId(), seq, now(), doorId, credentialRef));
        }
    }

    /**
     * Reports access denied.
     *
     * @param doorId the door
     * @param credentialRef an opaque credential reference
     * @param reason the controller's reason
     */
    protected final void reportDenied(String doorId, String credentialRef, String reason) {
        if (known(doorId)) {
            noteAlive();
            publish(seq -> new AccessDenied(deviceId(), seq, now(), doorId, credentialRef, reason));
        }
    }

    @Override
    void beforeClose() {
        openTimers.values().forEach(t -> t.cancel(false));
        openTimers.clear();
    }
}
