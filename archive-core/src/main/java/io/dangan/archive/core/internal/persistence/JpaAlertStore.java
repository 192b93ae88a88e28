package io.dangan.archive.core.internal.persistence;

import io.dangan.archive.core.internal.environment.AlertChecks;
import io.dangan.archive.environment.AlertChanged;
import io.dangan.archive.environment.AlertState;
import io.dangan.archive.environment.AlertStore;
import io.dangan.archive.environment.EnvironmentAlert;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link AlertStore} over Jakarta Persistence (告警存储): tables {@code dangan_env_alert} (each alert as its last
 * change left it) and {@code dangan_env_alert_change} (every change). Recording a change is one transaction: it
 * reads the alert by primary key, checks the change against it, updates the row under its version and appends the
 * change. The monitor calls it only when an alert changes. Thread-safe as the factory is.
 */
public final class JpaAlertStore implements AlertStore {
    /** The entity classes this store maps. */
    public static final List<Class<?>> MANAGED_CLASSES = List.of(AlertEntity.class, AlertChangeEntity.class);

    private final EntityManagerFactory factory;

    /**
     * @param factory a factory whose unit manages {@link #MANAGED_CLASSES}, over a schema with {@code V5__hardware}
     */
    public JpaAlertStore(EntityManagerFactory factory) {
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    @Override
    public void record(AlertChanged change) {
        Objects.requireNonNull(change, "change");
        AlertEntity.checkFits(change);
        EnvironmentAlert next = change.alert();
        JpaTransactions.run(factory, true, "alert " + next.id(),
                "recording its change " + change.change().name().toLowerCase(java.util.Locale.ROOT), em -> {
                    AlertEntity stored = em.find(AlertEntity.class, next.id());
                    AlertChecks.check(change, stored == null ? null : stored.toValue());
                    AlertEntity row = stored;
                    if (row == null) {
                        row = AlertEntity.raised(next);
                        int ordinal = row.apply(change);
                        em.persist(row);
                        em.persist(AlertChangeEntity.of(change, ordinal));
                    } else {
                        em.persist(AlertChangeEntity.of(change, row.apply(change)));
                    }
                    em.flush();
                    return null;
                });
    }

    @Override
    public Optional<EnvironmentAlert> alert(String id) {
        return JpaTransactions.run(factory, false, "alert " + id, "reading",
                em -> Optional.ofNullable(em.find(AlertEntity.class, id)).map(AlertEntity::toValue));
    }

    @Override
    public List<EnvironmentAlert> open() {
        return JpaTransactions.run(factory, false, "alerts", "reading the open ones", em -> em.createQuery(
                        "select a from DanganEnvAlert a where a.state in (:raised, :acknowledged)"
                                + " order by a.raisedSecond, a.raisedNano, a.id", AlertEntity.class)
                .setParameter("raised", AlertState.RAISED.name())
                .setParameter("acknowledged", AlertState.ACKNOWLEDGED.name())
                .getResultStream().map(AlertEntity::toValue).toList());
    }

    @Override
    public List<AlertChanged> history(String id) {
        return JpaTransactions.run(factory, false, "alert " + id, "reading its changes", em -> {
            AlertEntity alert = em.find(AlertEntity.class, id);
            if (alert == null) {
                return List.of();
            }
            return em.createQuery("select c from DanganEnvAlertChange c where c.alertId = :a order by c.ordinal",
                            AlertChangeEntity.class)
                    .setParameter("a", id).getResultStream().map(c -> c.toValue(alert)).toList();
        });
    }

    @Override
    public long lastSerial() {
        Long max = JpaTransactions.run(factory, false, "alerts", "reading the highest serial",
                em -> em.createQuery("select max(a.serial) from DanganEnvAlert a", Long.class).getSingleResult());
        return max == null ? 0 : max;
    }
}
