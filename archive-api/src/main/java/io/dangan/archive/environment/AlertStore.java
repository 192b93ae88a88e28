package io.dangan.archive.environment;

import java.util.List;
import java.util.Optional;

/**
 * Where the environment monitor keeps its alerts (告警存储): each alert as its last change left it, and every
 * change (raised, escalated, de-escalated, acknowledged, cleared) with who made it and when. A monitor opened over a
 * store reloads the alerts that are still open, so an acknowledged alert stays acknowledged across a restart. The
 * monitor writes only when an alert changes, never for a reading that changes nothing.
 *
 * <p>Alert ids of the monitor have the form {@value #ID_PREFIX} and a decimal serial ({@code ENV-000042});
 * {@link #lastSerial()} lets a monitor opened again continue after the highest one.
 *
 * <p>Core ships an in-memory store ({@code Hardware.inMemoryAlerts()}) and a Jakarta Persistence one
 * ({@code JpaStores.alerts}); the testkit's {@code AlertStoreContract} holds both to the same behaviour.
 * Implementations are thread-safe; each {@link #record} is one atomic step. A database store may bound the texts:
 * alert ids up to 64 characters, sensor ids, rooms and actors up to 128, messages up to 500; beyond them it throws
 * {@link io.dangan.archive.InvalidInputException} with code {@code VALUE_TOO_LONG} and stores nothing.
 */
public interface AlertStore {
    /** The prefix of the ids the monitor gives its alerts. */
    String ID_PREFIX = "ENV-";

    /**
     * Records one change: the alert as the change leaves it, and the change at the end of its history.
     *
     * @param change the change; a {@link AlertChanged.Change#RAISED} change introduces a new alert
     * @throws io.dangan.archive.ConflictException {@code DUPLICATE} when a raised alert's id is stored already
     * @throws io.dangan.archive.NotFoundException {@code ALERT_STATE} when any other change names an alert that is
     *     not stored or already cleared
     * @throws IllegalArgumentException when a raised alert is not in state {@link AlertState#RAISED}, or a change
     *     alters what never changes (sensor, room, kind, measure, raise time)
     */
    void record(AlertChanged change);

    /**
     * @param id an alert id
     * @return the alert as its last change left it
     */
    Optional<EnvironmentAlert> alert(String id);

    /** @return the alerts not cleared (raised or acknowledged), oldest first (by raise time, then id) */
    List<EnvironmentAlert> open();

    /**
     * @param id an alert id
     * @return its changes in the order recorded, empty for an unknown alert
     */
    List<AlertChanged> history(String id);

    /** @return the highest serial of the stored alerts whose ids have the monitor's form, 0 when there is none */
    long lastSerial();

    /**
     * Reads the serial of an alert id of the monitor's form.
     *
     * @param id an alert id
     * @return its serial, or -1 when the id is not {@value #ID_PREFIX} followed by 1 to 18 decimal digits
     */
    static long serialOf(String id) {
        int digits = id.length() - ID_PREFIX.length();
        if (!id.startsWith(ID_PREFIX) || digits < 1 || digits > 18) {
            return -1;
        }
        long serial = 0;
        for (int i = ID_PREFIX.length(); i < id.length(); i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            serial = serial * 10 + (c - '0');
        }
        return serial;
    }
}
