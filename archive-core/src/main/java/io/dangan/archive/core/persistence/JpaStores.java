package io.dangan.archive.core.persistence;

import io.dangan.archive.core.internal.persistence.JpaArchiveStore;
import io.dangan.archive.store.ArchiveStore;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.PersistenceUnitTransactionType;
import java.util.List;

/**
 * The metadata store over Jakarta Persistence (JPA 存储). The integrator owns the
 * {@link EntityManagerFactory}: its provider (Hibernate ORM is tested), its connection pool and its
 * database (H2 and PostgreSQL are tested). The persistence unit must manage {@link #managedClasses()},
 * resource-local transactions, and a schema created by the shipped migration scripts
 * (see {@link SchemaMigrations}); the library never generates DDL.
 *
 * <p>A minimal set-up with Hibernate and an H2 file:
 * <pre>{@code
 * SchemaMigrations.migrate(dataSource);                       // or run the scripts with Flyway
 * EntityManagerFactory emf = JpaStores.configuration("dangan")
 *         .property(PersistenceConfiguration.JDBC_URL, "jdbc:h2:file:./dangan-data/db")
 *         .property("hibernate.hbm2ddl.auto", "validate")
 *         .createEntityManagerFactory();
 * ArchiveStore store = JpaStores.store(emf);
 * }</pre>
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

    /** @return the entity classes the persistence unit must manage, in no particular order */
    public static List<Class<?>> managedClasses() {
        return JpaArchiveStore.MANAGED_CLASSES;
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
