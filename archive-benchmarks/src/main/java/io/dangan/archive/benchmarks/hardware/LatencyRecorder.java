package io.dangan.archive.benchmarks.hardware;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Arrival→decision latencies of a paced run, kept exactly (one {@code long} per reading, in nanoseconds, written
 * without allocating) and summarised as percentiles and maximum, for all readings and for the readings whose
 * decision changed an alert. Also counts the collections the garbage collectors made meanwhile and, on Linux, how
 * long the recording thread waited on the run queue for a core ({@code /proc/thread-self/schedstat}) and how often
 * it was preempted: on a shared machine that is where the tail comes from. One thread.
 */
final class LatencyRecorder {
    private long[] all = new long[0];
    private long[] alerts = new long[0];
    private int allCount;
    private int alertCount;
    private long overflow;
    private long gcCount0;
    private long gcMillis0;
    private long runDelay0;
    private long preempted0;

    /**
     * Starts a new run, keeping room for the given number of readings.
     *
     * @param capacity readings expected (more are counted in the maximum only)
     */
    void start(int capacity) {
        if (all.length < capacity) {
            all = new long[capacity];
            alerts = new long[capacity];
        }
        allCount = 0;
        alertCount = 0;
        overflow = 0;
        gcCount0 = gcCount();
        gcMillis0 = gcMillis();
        runDelay0 = runDelayNanos();
        preempted0 = preemptions();
    }

    /**
     * Records one reading.
     *
     * @param nanos arrival→decision latency in nanoseconds
     * @param changedAlert whether the decision raised, changed or cleared an alert
     */
    void record(long nanos, boolean changedAlert) {
        if (allCount == all.length) {
            overflow = Math.max(overflow, nanos);
            return;
        }
        all[allCount++] = nanos;
        if (changedAlert) {
            alerts[alertCount++] = nanos;
        }
    }

    /** @return the readings recorded in this run */
    int count() {
        return allCount;
    }

    /** A summary of a run, or of several merged. */
    record Summary(long[] all, long[] alerts, long gcCount, long gcMillis, long runDelayNanos, long preempted) {
        Summary merge(Summary o) {
            long[] a = Arrays.copyOf(all, all.length + o.all.length);
            System.arraycopy(o.all, 0, a, all.length, o.all.length);
            long[] b = Arrays.copyOf(alerts, alerts.length + o.alerts.length);
            System.arraycopy(o.alerts, 0, b, alerts.length, o.alerts.length);
            Arrays.sort(a);
            Arrays.sort(b);
            return new Summary(a, b, gcCount + o.gcCount, gcMillis + o.gcMillis, runDelayNanos + o.runDelayNanos,
                    preempted + o.preempted);
        }

        /** @return the maximum over all readings in nanoseconds */
        long max() {
            return all.length == 0 ? 0 : all[all.length - 1];
        }

        String describe(String name, double seconds) {
            return String.format(Locale.ROOT, "%s: %,d readings in %.1f s (%,.0f/s); all %s; alert-changing %,d: %s;"
                    + " GC %d collections, %d ms; thread waited %,.0f ms for a core, preempted %,d times", name,
                    all.length, seconds, all.length / seconds, percentiles(all), alerts.length, percentiles(alerts),
                    gcCount, gcMillis, runDelayNanos / 1e6, preempted);
        }

        private static String percentiles(long[] sorted) {
            if (sorted.length == 0) {
                return "—";
            }
            return String.format(Locale.ROOT, "p50 %s, p90 %s, p99 %s, p99.9 %s, p99.99 %s, max %s", us(at(sorted, 0.5)),
                    us(at(sorted, 0.9)), us(at(sorted, 0.99)), us(at(sorted, 0.999)), us(at(sorted, 0.9999)),
                    us(sorted[sorted.length - 1]));
        }

        private static long at(long[] sorted, double q) {
            int i = (int) Math.ceil(q * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
        }

        private static String us(long nanos) {
            return nanos < 1_000_000 ? String.format(Locale.ROOT, "%.1f µs", nanos / 1e3)
                    : String.format(Locale.ROOT, "%.2f ms", nanos / 1e6);
        }
    }

    /** @return this run's summary, sorted */
    Summary finish() {
        long[] a = Arrays.copyOf(all, allCount);
        long[] b = Arrays.copyOf(alerts, alertCount);
        if (overflow > 0) {
            a = Arrays.copyOf(a, a.length + 1);
            a[a.length - 1] = overflow;
        }
        Arrays.sort(a);
        Arrays.sort(b);
        return new Summary(a, b, gcCount() - gcCount0, gcMillis() - gcMillis0, runDelayNanos() - runDelay0,
                preemptions() - preempted0);
    }

    /** @return the current thread's time spent runnable but waiting for a core, in ns; 0 where unknown */
    private static long runDelayNanos() {
        try {
            String[] f = Files.readString(Path.of("/proc/thread-self/schedstat")).trim().split("\\s+");
            return Long.parseLong(f[1]);
        } catch (java.io.IOException | RuntimeException e) {
            return 0;
        }
    }

    /** @return the current thread's involuntary context switches; 0 where unknown */
    private static long preemptions() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/thread-self/status"))) {
                if (line.startsWith("nonvoluntary_ctxt_switches:")) {
                    return Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
                }
            }
            return 0;
        } catch (java.io.IOException | RuntimeException e) {
            return 0;
        }
    }

    private static long gcCount() {
        long n = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            n += Math.max(0, gc.getCollectionCount());
        }
        return n;
    }

    private static long gcMillis() {
        long n = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            n += Math.max(0, gc.getCollectionTime());
        }
        return n;
    }
}
