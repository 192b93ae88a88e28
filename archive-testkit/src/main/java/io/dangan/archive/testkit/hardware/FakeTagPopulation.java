package io.dangan.archive.testkit.hardware;

import io.dangan.archive.rfid.spi.TagId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * The tags in a fake reader's field (模拟标签群): where each tag is visible (antenna port and mean RSSI), and the
 * noise of real reads: Gaussian RSSI noise, several reads per cycle (duplicates), missed reads and garbage values.
 * Thread-safe; seeded, so a scenario is repeatable.
 */
public final class FakeTagPopulation {
    /** One tag's visibility from one antenna. */
    public record Sighting(TagId tag, int port, double meanRssiDbm) {
        public Sighting {
            Objects.requireNonNull(tag, "tag");
        }
    }

    private final Map<TagId, Map<Integer, Double>> visible = new LinkedHashMap<>();
    private final SplittableRandom random;
    private double rssiNoiseDbm = 2.0;
    private int readsPerCycle = 1;
    private double missRate;
    private double garbageRate;

    /** @param seed the random seed */
    public FakeTagPopulation(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /**
     * Places a tag in view of one antenna (other antennas keep their view).
     *
     * @param tag the tag
     * @param port the antenna port
     * @param meanRssiDbm the mean RSSI there
     * @return this population
     */
    public synchronized FakeTagPopulation place(TagId tag, int port, double meanRssiDbm) {
        visible.computeIfAbsent(tag, t -> new LinkedHashMap<>()).put(port, meanRssiDbm);
        return this;
    }

    /**
     * Removes a tag from view of every antenna.
     *
     * @param tag the tag
     * @return this population
     */
    public synchronized FakeTagPopulation remove(TagId tag) {
        visible.remove(tag);
        return this;
    }

    /**
     * Replaces a tag by another at the same places (a tag rewritten with a new EPC).
     *
     * @param old the tag as it was
     * @param replacement the tag as it is now
     * @return whether the old tag was in view
     */
    public synchronized boolean replace(TagId old, TagId replacement) {
        Map<Integer, Double> where = visible.remove(old);
        if (where == null) {
            return false;
        }
        visible.put(replacement, where);
        return true;
    }

    /** Removes every tag. */
    public synchronized void clear() {
        visible.clear();
    }

    /**
     * @param sigmaDbm the standard deviation of RSSI noise
     * @return this population
     */
    public synchronized FakeTagPopulation rssiNoise(double sigmaDbm) {
        this.rssiNoiseDbm = sigmaDbm;
        return this;
    }

    /**
     * @param reads how many reads of each visible tag per cycle (duplicates), at least 1
     * @return this population
     */
    public synchronized FakeTagPopulation readsPerCycle(int reads) {
        if (reads < 1) {
            throw new IllegalArgumentException("reads per cycle " + reads + " is below 1");
        }
        this.readsPerCycle = reads;
        return this;
    }

    /**
     * @param rate the probability that a read is missed, 0 to 1
     * @return this population
     */
    public synchronized FakeTagPopulation missRate(double rate) {
        this.missRate = rate;
        return this;
    }

    /**
     * @param rate the probability that a read carries a garbage RSSI (NaN or impossible), 0 to 1
     * @return this population
     */
    public synchronized FakeTagPopulation garbageRate(double rate) {
        this.garbageRate = rate;
        return this;
    }

    /** @return the tags in view, in placement order */
    public synchronized List<TagId> tags() {
        return List.copyOf(visible.keySet());
    }

    /** @return the number of tags in view */
    public synchronized int size() {
        return visible.size();
    }

    /** Receives one simulated read. */
    interface ReadSink {
        void read(TagId tag, int port, double rssi);
    }

    synchronized void cycle(ReadSink sink) {
        for (Map.Entry<TagId, Map<Integer, Double>> e : visible.entrySet()) {
            for (Map.Entry<Integer, Double> at : e.getValue().entrySet()) {
                for (int i = 0; i < readsPerCycle; i++) {
                    if (missRate > 0 && random.nextDouble() < missRate) {
                        continue;
                    }
                    double rssi;
                    if (garbageRate > 0 && random.nextDouble() < garbageRate) {
                        rssi = random.nextBoolean() ? Double.NaN : 999.0;
                    } else {
                        rssi = Math.max(-127.0, Math.min(19.0, at.getValue() + gaussian() * rssiNoiseDbm));
                    }
                    sink.read(e.getKey(), at.getKey(), rssi);
                }
            }
        }
    }

    private double gaussian() {
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * v);
    }
}
