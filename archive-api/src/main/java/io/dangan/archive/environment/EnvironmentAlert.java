package io.dangan.archive.environment;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An environment alert (环境告警) in its current state.
 *
 * @param id the alert's id, unique within the monitor
 * @param sensorId the sensor
 * @param room the sensor's room
 * @param kind what it is about
 * @param measure the measure, or {@code null} for offline and device alarms
 * @param severity the current severity
 * @param state the lifecycle state
 * @param raisedAt when raised
 * @param value the latest offending value (NaN when not applicable)
 * @param message what, with the limit, in Chinese for archivists
 * @param acknowledgedBy who acknowledged it, or {@code null}
 * @param clearedAt when it cleared, or {@code null}
 */
public record EnvironmentAlert(String id, String sensorId, String room, AlertKind kind, @Nullable Measure measure,
        Severity severity, AlertState state, Instant raisedAt, double value, String message,
        @Nullable String acknowledgedBy, @Nullable Instant clearedAt) {
    public EnvironmentAlert {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sensorId, "sensorId");
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(raisedAt, "raisedAt");
        Objects.requireNonNull(message, "message");
        if ((state == AlertState.CLEARED) != (clearedAt != null)) {
            throw new IllegalArgumentException("alert " + id + ": cleared time must be set exactly when CLEARED");
        }
    }
}
