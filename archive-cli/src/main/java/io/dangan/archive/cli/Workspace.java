package io.dangan.archive.cli;

import io.dangan.archive.core.Archive;
import io.dangan.archive.core.Archives;
import io.dangan.archive.core.persistence.JpaStores;
import io.dangan.archive.core.persistence.SchemaMigrations;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A data folder opened for the command (数据目录): an embedded H2 file database under {@code db/},
 * migrated with the shipped scripts and mapped through Hibernate, and content files under
 * {@code content/}. Close it to release the database file.
 */
final class Workspace implements AutoCloseable {
    private final Path dir;
    private final boolean fresh;
    private final EntityManagerFactory factory;
    private final Archive archive;

    private Workspace(Path dir, boolean fresh, EntityManagerFactory factory, Archive archive) {
        this.dir = dir;
        this.fresh = fresh;
        this.factory = factory;
        this.archive = archive;
    }

    /**
     * Opens (creating when absent) the data folder.
     *
     * @param dir the folder
     * @param clock the archive's clock
     * @return the open workspace
     */
    static Workspace open(Path dir, Clock clock) {
        Path db = dir.resolve("db");
        boolean fresh = !Files.exists(db.resolve("dangan.mv.db"));
        try {
            Files.createDirectories(db);
            Files.createDirectories(dir.resolve("content"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data folder " + dir, e);
        }
        String url = "jdbc:h2:file:" + db.resolve("dangan").toAbsolutePath();
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        SchemaMigrations.migrate(dataSource);
        EntityManagerFactory factory = JpaStores.configuration("dangan")
                .provider("org.hibernate.jpa.HibernatePersistenceProvider")
                .property(PersistenceConfiguration.JDBC_URL, url)
                .property("hibernate.hbm2ddl.auto", "validate")
                .createEntityManagerFactory();
        Archive archive = Archives.builder().clock(clock).store(JpaStores.store(factory)).build();
        return new Workspace(dir, fresh, factory, archive);
    }

    /** @return the folder */
    Path dir() {
        return dir;
    }

    /** @return true when this open created the database */
    boolean fresh() {
        return fresh;
    }

    /** @return the wired archive over the folder's store */
    Archive archive() {
        return archive;
    }

    @Override
    public void close() {
        factory.close();
    }
}
