package io.dangan.archive.testkit.hardware;

import io.dangan.archive.rfid.spi.Capability;
import io.dangan.archive.rfid.spi.HardwareProvider;
import io.dangan.archive.rfid.spi.ReaderConfig;
import io.dangan.archive.rfid.spi.TagReaderProvider;
import java.util.EnumSet;
import java.util.Set;

/**
 * Provider of {@link FakeTagReader}s (id {@code fake-reader}), registered for {@link java.util.ServiceLoader}.
 * Every reader it opens shares the provider's {@link FakeTagPopulation}.
 */
public final class FakeTagReaderProvider implements TagReaderProvider {
    /** What the fake reader can do by default. */
    public static final Set<Capability> DEFAULT_CAPABILITIES = Set.copyOf(EnumSet.of(Capability.READ_EPC,
            Capability.READ_TID, Capability.RSSI, Capability.WRITE_EPC, Capability.ANTENNA_EVENTS,
            Capability.KEEPALIVE, Capability.RECONNECT));

    private final Set<Capability> capabilities;
    private final int antennaPorts;
    private final FakeTagPopulation population;

    /** A provider with the default capabilities, 4 antenna ports and an empty population (seed 1). */
    public FakeTagReaderProvider() {
        this(DEFAULT_CAPABILITIES, 4, new FakeTagPopulation(1));
    }

    /**
     * @param capabilities what the readers can do
     * @param antennaPorts how many antenna ports they have
     * @param population the tags in their field
     */
    public FakeTagReaderProvider(Set<Capability> capabilities, int antennaPorts, FakeTagPopulation population) {
        this.capabilities = Set.copyOf(capabilities);
        this.antennaPorts = antennaPorts;
        this.population = population;
    }

    @Override
    public String id() {
        return "fake-reader";
    }

    @Override
    public int spiVersion() {
        return HardwareProvider.SPI_VERSION;
    }

    @Override
    public Set<Capability> capabilities() {
        return capabilities;
    }

    /** @return the population shared by this provider's readers */
    public FakeTagPopulation population() {
        return population;
    }

    @Override
    public FakeTagReader open(ReaderConfig config) {
        return new FakeTagReader(config, capabilities, antennaPorts, population);
    }
}
