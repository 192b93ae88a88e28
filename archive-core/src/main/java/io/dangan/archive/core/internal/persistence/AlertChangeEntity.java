package io.dangan.archive.core.internal.persistence;

import io.dangan.archive.environment.AlertChanged;
import io.dangan.archive.environment.EnvironmentAlert;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Table {@code dangan_env_alert_change}: one row per change of an alert (告警变更), never updated: what happened,
 * who did it and when, and the alert's state as the change left it. Ordered by {@code ordinal} within the alert;
 * the unique constraint on (alert, ordinal) is also the index the history is read through.
 */
@Entity(name = "DanganEnvAlertChange")
@Table(name = "dangan_env_alert_change", uniqueConstraints = @UniqueConstraint(
        name = "uk_dangan_env_alert_change_ordinal", columnNames = {"alert_id", "ordinal"}))
public class AlertChangeEntity {
    @Id
    @Column(name = "id", length = 80, nullable = false)
    private String id = "";

    @Column(name = "alert_id", length = 64, nullable = false)
    private String alertId = "";

    @Column(name = "ordinal", nullable = false)
    private int ordinal;

    @Column(name = "change_kind", length = 16, nullable = false)
    private String change = "";

    @Column(name = "actor", length = 256, nullable = false)
    private String actor = "";

    @Column(name = "occurred_second", nullable = false)
    private long occurredSecond;

    @Column(name = "occurred_nano", nullable = false)
    private int occurredNano;

    @Column(name = "severity", length = 16, nullable = false)
    private String severity = "";

    @Column(name = "state", length = 16, nullable = false)
    private String state = "";

    @Column(name = "alert_value")
    private @Nullable Double value;

    @Column(name = "message", length = 1000, nullable = false)
    private String message = "";

    @Column(name = "acknowledged_by", length = 256)
    private @Nullable String acknowledgedBy;

    @Column(name = "cleared_second")
    private @Nullable Long clearedSecond;

    @Column(name = "cleared_nano")
    private @Nullable Integer clearedNano;

    /** For the persistence provider. */
    protected AlertChangeEntity() {
    }

    static AlertChangeEntity of(AlertChanged c, int ordinal) {
        EnvironmentAlert a = c.alert();
        AlertChangeEntity e = new AlertChangeEntity();
        e.id = a.id() + "/" + ordinal;
        e.alertId = a.id();
        e.ordinal = ordinal;
        e.change = c.change().name();
        e.actor = c.actor();
        e.occurredSecond = c.occurredAt().getEpochSecond();
        e.occurredNano = c.occurredAt().getNano();
        e.severity = a.severity().name();
        e.state = a.state().name();
        e.value = AlertEntity.nanToNull(a.value());
        e.message = a.message();
        e.acknowledgedBy = a.acknowledgedBy();
        Instant cleared = a.clearedAt();
        e.clearedSecond = cleared == null ? null : cleared.getEpochSecond();
        e.clearedNano = cleared == null ? null : cleared.getNano();
        return e;
    }

    String alertId() {
        return alertId;
    }

    String severity() {
        return severity;
    }

    String state() {
        return state;
    }

    @Nullable Double value() {
        return value;
    }

    String message() {
        return message;
    }

    @Nullable String acknowledgedBy() {
        return acknowledgedBy;
    }

    @Nullable Instant clearedAt() {
        return AlertEntity.instant(clearedSecond, clearedNano);
    }

    AlertChanged toValue(AlertEntity alert) {
        return new AlertChanged(Instant.ofEpochSecond(occurredSecond, occurredNano), actor,
                Enums.of(AlertChanged.Change.class, change, id), alert.withStateOf(this));
    }
}
