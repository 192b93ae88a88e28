package io.dangan.archive.core.internal.persistence;

import io.dangan.archive.environment.AlertChanged;
import io.dangan.archive.environment.AlertKind;
import io.dangan.archive.environment.AlertState;
import io.dangan.archive.environment.AlertStore;
import io.dangan.archive.environment.EnvironmentAlert;
import io.dangan.archive.environment.Measure;
import io.dangan.archive.environment.Severity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Table {@code dangan_env_alert}: one row per environment alert (环境告警) as its last change left it, with who
 * acknowledged it and when; its changes are rows of {@link AlertChangeEntity}. A value that does not apply (NaN) is
 * stored as NULL. The open alerts are an index range on {@code state}; the highest serial is the end of an index.
 */
@Entity(name = "DanganEnvAlert")
@Table(name = "dangan_env_alert", indexes = {
    @Index(name = "ix_dangan_env_alert_state", columnList = "state, raised_second, raised_nano, id"),
    @Index(name = "ix_dangan_env_alert_serial", columnList = "serial")})
public class AlertEntity {
    /** Longest alert id, in characters. */
    static final int MAX_ID = 64;
    /** Longest sensor id, room or actor, in characters. */
    static final int MAX_NAME = 128;
    /** Longest message, in characters. */
    static final int MAX_MESSAGE = 500;

    @Id
    @Column(name = "id", length = 64, nullable = false)
    private String id = "";

    @Column(name = "serial")
    private @Nullable Long serial;

    @Column(name = "sensor_id", length = 256, nullable = false)
    private String sensorId = "";

    @Column(name = "room", length = 256, nullable = false)
    private String room = "";

    @Column(name = "kind", length = 32, nullable = false)
    private String kind = "";

    @Column(name = "measure", length = 32)
    private @Nullable String measure;

    @Column(name = "severity", length = 16, nullable = false)
    private String severity = "";

    @Column(name = "state", length = 16, nullable = false)
    private String state = "";

    @Column(name = "raised_second", nullable = false)
    private long raisedSecond;

    @Column(name = "raised_nano", nullable = false)
    private int raisedNano;

    @Column(name = "alert_value")
    private @Nullable Double value;

    @Column(name = "message", length = 1000, nullable = false)
    private String message = "";

    @Column(name = "acknowledged_by", length = 256)
    private @Nullable String acknowledgedBy;

    @Column(name = "acknowledged_second")
    private @Nullable Long acknowledgedSecond;

    @Column(name = "acknowledged_nano")
    private @Nullable Integer acknowledgedNano;

    @Column(name = "cleared_second")
    private @Nullable Long clearedSecond;

    @Column(name = "cleared_nano")
    private @Nullable Integer clearedNano;

    @Column(name = "change_count", nullable = false)
    private int changeCount;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** For the persistence provider. */
    protected AlertEntity() {
    }

    /**
     * Refuses a change whose texts exceed the columns, before anything is written.
     *
     * @param change the change
     */
    static void checkFits(AlertChanged change) {
        EnvironmentAlert a = change.alert();
        String where = "alert " + a.id();
        JpaTransactions.checkLength(where, "id", a.id(), MAX_ID);
        JpaTransactions.checkLength(where, "sensorId", a.sensorId(), MAX_NAME);
        JpaTransactions.checkLength(where, "room", a.room(), MAX_NAME);
        JpaTransactions.checkLength(where, "message", a.message(), MAX_MESSAGE);
        JpaTransactions.checkLength(where, "acknowledgedBy", a.acknowledgedBy(), MAX_NAME);
        JpaTransactions.checkLength(where, "actor", change.actor(), MAX_NAME);
    }

    static AlertEntity raised(EnvironmentAlert a) {
        AlertEntity e = new AlertEntity();
        e.id = a.id();
        long s = AlertStore.serialOf(a.id());
        e.serial = s < 0 ? null : s;
        e.sensorId = a.sensorId();
        e.room = a.room();
        e.kind = a.kind().name();
        e.measure = a.measure() == null ? null : a.measure().name();
        e.raisedSecond = a.raisedAt().getEpochSecond();
        e.raisedNano = a.raisedAt().getNano();
        return e;
    }

    /**
     * Takes what a change leaves: severity, state, value, message, acknowledgement and clearing.
     *
     * @param change the change
     * @return the ordinal of the change in the alert's history
     */
    int apply(AlertChanged change) {
        EnvironmentAlert a = change.alert();
        severity = a.severity().name();
        state = a.state().name();
        value = nanToNull(a.value());
        message = a.message();
        acknowledgedBy = a.acknowledgedBy();
        if (change.change() == AlertChanged.Change.ACKNOWLEDGED) {
            acknowledgedSecond = change.occurredAt().getEpochSecond();
            acknowledgedNano = change.occurredAt().getNano();
        }
        Instant cleared = a.clearedAt();
        clearedSecond = cleared == null ? null : cleared.getEpochSecond();
        clearedNano = cleared == null ? null : cleared.getNano();
        return changeCount++;
    }

    static @Nullable Double nanToNull(double v) {
        return Double.isNaN(v) ? null : v;
    }

    static double nullToNan(@Nullable Double v) {
        return v == null ? Double.NaN : v;
    }

    static @Nullable Instant instant(@Nullable Long second, @Nullable Integer nano) {
        return second == null ? null : Instant.ofEpochSecond(second, nano == null ? 0 : nano);
    }

    /**
     * The alert with the state of one of its changes.
     *
     * @param c the change row
     * @return the alert as that change left it
     */
    EnvironmentAlert withStateOf(AlertChangeEntity c) {
        return new EnvironmentAlert(id, sensorId, room, Enums.of(AlertKind.class, kind, id),
                measure == null ? null : Enums.of(Measure.class, measure, id), Enums.of(Severity.class, c.severity(), id),
                Enums.of(AlertState.class, c.state(), id), Instant.ofEpochSecond(raisedSecond, raisedNano),
                nullToNan(c.value()), c.message(), c.acknowledgedBy(), c.clearedAt());
    }

    EnvironmentAlert toValue() {
        return new EnvironmentAlert(id, sensorId, room, Enums.of(AlertKind.class, kind, id),
                measure == null ? null : Enums.of(Measure.class, measure, id), Enums.of(Severity.class, severity, id),
                Enums.of(AlertState.class, state, id), Instant.ofEpochSecond(raisedSecond, raisedNano),
                nullToNan(value), message, acknowledgedBy, instant(clearedSecond, clearedNano));
    }
}
