package io.dangan.archive.core.internal.environment;

import io.dangan.archive.ConflictException;
import io.dangan.archive.ErrorCode;
import io.dangan.archive.NotFoundException;
import io.dangan.archive.environment.AlertChanged;
import io.dangan.archive.environment.AlertState;
import io.dangan.archive.environment.EnvironmentAlert;
import java.util.Comparator;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What every alert store checks before it records a change, and how it words a refusal, shared by the in-memory and
 * the JPA store so that both behave and speak alike.
 */
public final class AlertChecks {
    /** Open-alert order: by raise time, then id. */
    public static final Comparator<EnvironmentAlert> OLDEST_FIRST =
            Comparator.comparing(EnvironmentAlert::raisedAt).thenComparing(EnvironmentAlert::id);

    private AlertChecks() {
    }

    /**
     * Checks a change against the stored alert.
     *
     * @param change the change to record
     * @param stored the alert as stored, or {@code null} when its id is not stored
     * @throws ConflictException {@code DUPLICATE} when a raised alert's id is stored
     * @throws NotFoundException {@code ALERT_STATE} when another change has no open alert to apply to
     * @throws IllegalArgumentException when the change does not fit the stored alert
     */
    public static void check(AlertChanged change, @Nullable EnvironmentAlert stored) {
        EnvironmentAlert next = change.alert();
        if (change.change() == AlertChanged.Change.RAISED) {
            if (next.state() != AlertState.RAISED) {
                throw new IllegalArgumentException("alert " + next.id() + " is raised in state " + next.state()
                        + ", expected RAISED");
            }
            if (stored != null) {
                throw new ConflictException(ErrorCode.DUPLICATE, "alert " + next.id(),
                        "alert id " + next.id() + " is stored already (raised " + stored.raisedAt() + ")");
            }
            return;
        }
        if (stored == null || stored.state() == AlertState.CLEARED) {
            throw new NotFoundException(ErrorCode.ALERT_STATE, next.id(), "alert " + next.id() + " is "
                    + (stored == null ? "not stored" : "cleared since " + stored.clearedAt()) + ", so it cannot be "
                    + change.change().name().toLowerCase(java.util.Locale.ROOT));
        }
        if (!next.sensorId().equals(stored.sensorId()) || !next.room().equals(stored.room())
                || next.kind() != stored.kind() || !Objects.equals(next.measure(), stored.measure())
                || !next.raisedAt().equals(stored.raisedAt())) {
            throw new IllegalArgumentException("the change of alert " + next.id() + " alters its sensor, room, kind,"
                    + " measure or raise time");
        }
    }
}
