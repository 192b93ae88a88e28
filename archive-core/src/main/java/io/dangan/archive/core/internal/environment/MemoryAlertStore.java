package io.dangan.archive.core.internal.environment;

import io.dangan.archive.environment.AlertChanged;
import io.dangan.archive.environment.AlertState;
import io.dangan.archive.environment.AlertStore;
import io.dangan.archive.environment.EnvironmentAlert;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Alerts in memory (内存告警存储): each alert's last state and its changes in hash maps, the open ones in a sorted
 * set. Every method holds the store's lock; a change costs a few hash and tree operations.
 *
 * <p>A store that keeps only open alerts ({@link #openOnly()}) forgets an alert and its history once it clears, so
 * that a long-running monitor without a database holds no more than its open alerts (as the monitor did before it
 * had a store); it answers {@link #alert} and {@link #history} for open alerts only.
 */
public final class MemoryAlertStore implements AlertStore {
    private final boolean keepCleared;
    private final Map<String, EnvironmentAlert> alerts = new HashMap<>();
    private final Map<String, List<AlertChanged>> history = new HashMap<>();
    private final TreeSet<EnvironmentAlert> open = new TreeSet<>(AlertChecks.OLDEST_FIRST);
    private long lastSerial;

    private MemoryAlertStore(boolean keepCleared) {
        this.keepCleared = keepCleared;
    }

    /** @return an empty store keeping every alert and its history */
    public static MemoryAlertStore retaining() {
        return new MemoryAlertStore(true);
    }

    /** @return an empty store keeping open alerts only */
    public static MemoryAlertStore openOnly() {
        return new MemoryAlertStore(false);
    }

    @Override
    public synchronized void record(AlertChanged change) {
        EnvironmentAlert next = change.alert();
        EnvironmentAlert stored = alerts.get(next.id());
        AlertChecks.check(change, stored);
        if (stored != null) {
            open.remove(stored);
        }
        lastSerial = Math.max(lastSerial, AlertStore.serialOf(next.id()));
        if (next.state() == AlertState.CLEARED && !keepCleared) {
            alerts.remove(next.id());
            history.remove(next.id());
            return;
        }
        alerts.put(next.id(), next);
        if (next.state() != AlertState.CLEARED) {
            open.add(next);
        }
        history.computeIfAbsent(next.id(), k -> new ArrayList<>()).add(change);
    }

    @Override
    public synchronized Optional<EnvironmentAlert> alert(String id) {
        return Optional.ofNullable(alerts.get(id));
    }

    @Override
    public synchronized List<EnvironmentAlert> open() {
        return List.copyOf(open);
    }

    @Override
    public synchronized List<AlertChanged> history(String id) {
        return List.copyOf(history.getOrDefault(id, List.of()));
    }

    @Override
    public synchronized long lastSerial() {
        return lastSerial;
    }
}
