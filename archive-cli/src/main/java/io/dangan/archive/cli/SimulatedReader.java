package io.dangan.archive.cli;

import io.dangan.archive.rfid.spi.Capability;
import io.dangan.archive.rfid.spi.ReaderConfig;
import io.dangan.archive.rfid.spi.TagId;
import io.dangan.archive.rfid.spi.support.AbstractTagReader;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * An in-process reader for {@code --simulate} (模拟读写器): while inventorying, it reads each planted tag at its
 * antenna with RSSI noise, twice per cycle, and bleeds weaker reads into the neighbouring antenna.
 */
final class SimulatedReader extends AbstractTagReader {
    private final Map<TagId, Integer> field = new LinkedHashMap<>();
    private final SplittableRandom random = new SplittableRandom(20261125);
    private final int ports;
    private volatile boolean reading;
    private volatile Thread io;

    SimulatedReader(ReaderConfig config) {
        super(config, Set.of(Capability.READ_EPC, Capability.RSSI), config.antennas().size());
        this.ports = config.antennas().size();
    }

    synchronized void plant(TagId tag, int port) {
        field.put(tag, port);
    }

    @Override
    protected void doConnect(Duration timeout) {
        Thread t = new Thread(this::loop, "dangan-simulated-reader");
        t.setDaemon(true);
        io = t;
        t.start();
    }

    @Override
    protected void doDisconnect() {
        Thread t = io;
        io = null;
        if (t != null) {
            t.interrupt();
        }
    }

    @Override
    protected void doStartInventory() {
        reading = true;
    }

    @Override
    protected void doStopInventory() {
        reading = false;
    }

    private void loop() {
        while (io == Thread.currentThread()) {
            if (reading) {
                Map<TagId, Integer> snapshot;
                synchronized (this) {
                    snapshot = Map.copyOf(field);
                }
                snapshot.forEach((tag, port) -> {
                    for (int i = 0; i < 2; i++) {
                        reportTag(tag, port, -45 + random.nextGaussian() * 3);
                    }
                    reportTag(tag, port % ports + 1, -72 + random.nextGaussian() * 3);
                });
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
