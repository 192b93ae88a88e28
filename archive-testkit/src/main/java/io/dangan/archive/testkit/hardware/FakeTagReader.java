package io.dangan.archive.testkit.hardware;

import io.dangan.archive.rfid.spi.Capability;
import io.dangan.archive.rfid.spi.HardwareErrorCode;
import io.dangan.archive.rfid.spi.HardwareException;
import io.dangan.archive.rfid.spi.ReaderConfig;
import io.dangan.archive.rfid.spi.TagId;
import io.dangan.archive.rfid.spi.support.AbstractTagReader;
import java.time.Duration;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A fake tag reader (模拟读写器). While inventorying, its simulated I/O thread reads the {@link FakeTagPopulation}
 * once per cycle (option {@code cycleMillis}, default 10). Tests can also inject reads directly
 * ({@link #read}, {@link #burst}) and script link faults ({@link #dropLink}, {@link #silenceLink},
 * {@link #restoreLink}); the endpoint scripts connects (see {@code fake:ok}, {@code fake:refuse}, {@code fake:hang}).
 */
public final class FakeTagReader extends AbstractTagReader {
    private final FakeTagPopulation population;
    private final FakeLink link;
    private final long cycleMillis;
    private volatile boolean inventorying;
    private volatile @Nullable Thread io;

    FakeTagReader(ReaderConfig config, Set<Capability> capabilities, int antennaPorts, FakeTagPopulation population) {
        super(config, capabilities, antennaPorts);
        this.population = population;
        this.link = new FakeLink(config.device().endpoint());
        this.cycleMillis = Long.parseLong(config.device().options().getOrDefault("cycleMillis", "10"));
    }

    /** @return the tags in the field */
    public FakeTagPopulation population() {
        return population;
    }

    @Override
    protected void doConnect(Duration timeout) throws Exception {
        link.connect(timeout);
        Thread t = new Thread(this::ioLoop, "dangan-" + deviceId() + "-fake-io");
        t.setDaemon(true);
        io = t;
        t.start();
    }

    @Override
    protected void doDisconnect() {
        inventorying = false;
        Thread t = io;
        io = null;
        if (t != null) {
            t.interrupt();
            if (t != Thread.currentThread()) {
                try {
                    t.join(2000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    @Override
    protected boolean probe() {
        return link.answers();
    }

    @Override
    protected void doStartInventory() {
        inventorying = true;
    }

    @Override
    protected void doStopInventory() {
        inventorying = false;
    }

    @Override
    protected void doWriteEpc(TagId target, TagId newEpc, Duration timeout) {
        if (!population.replace(target, newEpc)) {
            throw new HardwareException(HardwareErrorCode.OPERATION_FAILED, deviceId(),
                    "tag " + target + " is not in the field of reader " + deviceId());
        }
    }

    private void ioLoop() {
        Thread self = Thread.currentThread();
        while (io == self && !self.isInterrupted()) {
            if (inventorying && link.answers()) {
                population.cycle(this::read);
            }
            try {
                Thread.sleep(cycleMillis);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /**
     * Injects one read as if the device reported it (ignored unless linked and answering).
     *
     * @param tag the tag
     * @param port the antenna port
     * @param rssiDbm the RSSI, NaN when absent; implausible values are discarded by the base class
     */
    public void read(TagId tag, int port, double rssiDbm) {
        if (link.answers()) {
            reportTag(tag, port, rssiDbm);
        }
    }

    /**
     * Injects {@code count} reads as fast as possible, cycling through the population (or a synthetic tag when the
     * field is empty).
     *
     * @param count how many reads
     */
    public void burst(int count) {
        java.util.List<TagId> tags = population.tags();
        if (tags.isEmpty()) {
            tags = java.util.List.of(TagId.epc("E2000000000000000000BEEF"));
        }
        int port = readerConfig.antennas().get(0).port();
        for (int i = 0; i < count; i++) {
            reportTag(tags.get(i % tags.size()), port, -40.0 - (i % 30));
        }
    }

    /** Reports an antenna disconnecting or reconnecting. @param port the port @param connected whether now connected */
    public void antenna(int port, boolean connected) {
        reportAntenna(port, connected);
    }

    /** Drops the link abruptly, as a closed socket would; the reader reconnects following its policy. */
    public void dropLink() {
        connectionLost("fake peer closed the connection");
    }

    /** Stops answering keepalives and refuses connects until {@link #restoreLink()}. */
    public void silenceLink() {
        link.silence();
    }

    /** Refuses (re)connects until {@link #restoreLink()}. */
    public void refuseConnections() {
        link.refuse(true);
    }

    /** Answers and accepts connects again. */
    public void restoreLink() {
        link.restore();
    }
}
