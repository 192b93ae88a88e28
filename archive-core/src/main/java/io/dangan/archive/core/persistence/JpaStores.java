package io.dangan.archive.core.persistence;

import io.dangan.archive.access.ApprovalStore;
import io.dangan.archive.core.internal.persistence.JpaAlertStore;
import io.dangan.archive.core.internal.persistence.JpaApprovalStore;
import io.dangan.archive.core.internal.persistence.JpaArchiveStore;
import io.dangan.archive.core.internal.persistence.JpaTagBindingStore;
import io.dangan.archive.environment.AlertStore;
import io.dangan.archive.inventory.TagBindingStore;
import io.dangan.archive.store.ArchiveStore;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.PersistenceUnitTransactionType;
import java.util.List;
import java.util.stream.Stream;

/**
 * The metadata store over Jakarta Persistence (JPA 存储). The integrator owns the
 * {@link EntityManagerFactory}: its provider (Hibernate ORM is tested), its connection pool and its
 * database (H2 and PostgreSQL are tested). The persistence unit must manage {@link #managedClasses()},
 * resource-local transactions, and a schema created by the shipped migration scripts
 * (see {@link SchemaMigrations}); the SDK never generates DDL.
 *
 * <p>A minimal set-up with Hibernate and an H2 file:
 * <pre>{@code
 * SchemaMigrations.migrate(dataSource);                       // or run the scripts with Flyway
 * EntityManagerFactory emf = JpaStores.configuration("dangan")
 *         .property(PersistenceConfiguration.JDBC_URL, "jdbc:h2:file:./dangan-data/db")
 *         .property("hibernate.hbm2ddl.auto", "validate")
 *         .createEntityManagerFactory();
 * ArchiveStore store = JpaStores.store(emf);
 * ApprovalStore approvals = JpaStores.approvals(emf);          // 查阅/借阅审批
 * TagBindingStore tags = JpaStores.tagBindings(emf);           // 一人一档一码
 * AlertStore alerts = JpaStores.alerts(emf);                   // 温湿度告警
 * }</pre>
 *
 * <p>Each store is independent of the others (no foreign keys between them): approvals, tag bindings and alerts name
 * dossiers and sensors by id, as the host's directory and devices know them.
 */
public final class JpaStores {
    private JpaStores() {
    }

    /**
     * The store over a factory. The store does not close the factory.
     *
     * @param factory an entity manager factory whose unit manages {@link #managedClasses()}
     * @return the store; thread-safe
     */
    public static ArchiveStore store(EntityManagerFactory factory) {
        return new JpaArchiveStore(factory);
    }

    /**
     * The approval store (审批存储) over a factory: table {@code dangan_approval} of migration {@code V6__approvals},
     * optimistic locking on each approval. Pair it with {@code Access.approvals(...)} for the workflow and
     * {@code Access.decisionPoint(directory, approvals, policy, sink)} for the decisions.
     *
     * @param factory an entity manager factory whose unit manages {@link #managedClasses()}
     * @return the store; thread-safe
     */
    public static ApprovalStore approvals(EntityManagerFactory factory) {
        return new JpaApprovalStore(factory);
    }

    /**
     * The tag binding store (标签绑定存储) over a factory: table {@code dangan_tag_binding} of migration
     * {@code V5__hardware}. Pass it to {@code Hardware.tagRegistry(..., store)}.
     *
     * @param factory an entity manager factory whose unit manages {@link #managedClasses()}
     * @return the store; thread-safe
     */
    public static TagBindingStore tagBindings(EntityManagerFactory factory) {
        return new JpaTagBindingStore(factory);
    }

    /**
     * The environment alert store (告警存储) over a factory: tables {@code dangan_env_alert} and
     * {@code dangan_env_alert_change} of migration {@code V5__hardware}. Pass it to
     * {@code Hardware.environmentMonitor(..., store)}.
     *
     * @param factory an entity manager factory whose unit manages {@link #managedClasses()}
     * @return the store; thread-safe
     */
    public static AlertStore alerts(EntityManagerFactory factory) {
        return new JpaAlertStore(factory);
    }

    /** @return the entity classes the persistence unit must manage (every store's), in no particular order */
    public static List<Class<?>> managedClasses() {
        return Stream.of(JpaArchiveStore.MANAGED_CLASSES, JpaApprovalStore.MANAGED_CLASSES,
                JpaTagBindingStore.MANAGED_CLASSES, JpaAlertStore.MANAGED_CLASSES).flatMap(List::stream).toList();
    }

    /**
     * A persistence-unit configuration preset: the managed classes and resource-local transactions. Add
     * the provider's and the database's properties, then call
     * {@link PersistenceConfiguration#createEntityManagerFactory()}.
     *
     * @param unitName the persistence unit's name
     * @return a new, mutable configuration
     */
    public static PersistenceConfiguration configuration(String unitName) {
        PersistenceConfiguration configuration = new PersistenceConfiguration(unitName)
                .transactionType(PersistenceUnitTransactionType.RESOURCE_LOCAL);
        managedClasses().forEach(configuration::managedClass);
        return configuration;
    }
}
