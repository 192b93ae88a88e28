package io.dangan.archive.cli;

import io.dangan.archive.access.ApprovalStore;
import io.dangan.archive.audit.AuditLog;
import io.dangan.archive.core.persistence.AuditLogs;
import io.dangan.archive.crypto.KeyProviders;
import io.dangan.archive.crypto.SignatureAlgorithm;
import io.dangan.archive.crypto.Signer;
import io.dangan.archive.crypto.SigningKey;
import java.security.SecureRandom;
import java.util.Map;
import io.dangan.archive.core.Archive;
import io.dangan.archive.core.Archives;
import io.dangan.archive.core.ContentStores;
import io.dangan.archive.core.Hardware;
import io.dangan.archive.core.persistence.JpaStores;
import io.dangan.archive.core.persistence.SchemaMigrations;
import io.dangan.archive.rfid.epc.TagCodeScheme;
import io.dangan.archive.store.ArchiveStore;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A data folder opened for the command (数据目录): an embedded H2 file database under {@code db/},
 * migrated with the shipped scripts and mapped through Hibernate, content files under
 * {@code content/} (the filesystem content store), the seal and timestamp keys under {@code keys/} (see
 * {@link SealKeys}), and the demo's SM2 archive key under {@code keys/} signing the audit log's checkpoints
 * (the audit log is the archive's event sink). The archive's hardware side is configured for the demo: GDTI-96 tag
 * codes under the demo company prefix, one exit gate watching one door, the shipped environment profiles, and the
 * demo's loan register ({@link DemoLoans}) in front of the store's dossier status. Approvals, tag bindings and
 * environment alerts live in the same database through their JPA stores, so the demo's approvals, issued codes and
 * open alerts persist between runs. Close it to release the database file.
 */
final class Workspace implements AutoCloseable {
    private final Path dir;
    private final boolean fresh;
    private final EntityManagerFactory factory;
    private final Archive archive;
    private final SealKeys keys;
    private final AuditLog auditLog;
    private final ApprovalStore approvals;
    private final DemoLoans loans;

    /** The demo's exit gate (its antenna alias) and the door it watches. */
    static final String EXIT_GATE = "出口通道";
    static final String EXIT_DOOR = "door-exit-1";

    private Workspace(Path dir, boolean fresh, EntityManagerFactory factory, Archive archive, SealKeys keys,
            AuditLog auditLog, DemoLoans loans) {
        this.dir = dir;
        this.fresh = fresh;
        this.factory = factory;
        this.archive = archive;
        this.keys = keys;
        this.auditLog = auditLog;
        this.approvals = JpaStores.approvals(factory);
        this.loans = loans;
    }

    /** The demo's key store password; a demo key only, never for production. */
    private static final char[] DEMO_KEY_PASSWORD = "dangan-demo".toCharArray();

    /** Loads the folder's archive key (SM2), creating it on first use. */
    private static Signer archiveKey(Path dir) {
        Path file = dir.resolve("keys").resolve("archive.p12");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                KeyProviders.writePkcs12(file, DEMO_KEY_PASSWORD,
                        Map.of("archive", SigningKey.generate(SignatureAlgorithm.SM2, new SecureRandom())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the key folder of " + dir, e);
        }
        return KeyProviders.pkcs12(file, DEMO_KEY_PASSWORD).signer("archive");
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
        AuditLog auditLog = AuditLogs.jpa(factory, archiveKey(dir), clock);
        SealKeys keys = SealKeys.open(dir, clock);
        ArchiveStore store = JpaStores.store(factory);
        DemoLoans loans = new DemoLoans(Hardware.custodyFromStore(store));
        Archive archive = Archives.builder().clock(clock).store(store).events(auditLog)
                .contentStore(ContentStores.filesystem(dir.resolve("content")))
                .keys(keys.keys(), SealKeys.SEAL_ALIAS)
                .timestamps(keys.tsa(), true, keys.timestampCertificates())
                .tagCodes(TagCodeScheme.gdti96(HardwareDemo.COMPANY_PREFIX, "00001", 0), 1)
                .exitGates(Map.of(EXIT_GATE, Set.of(EXIT_DOOR)))
                .custody(loans)
                .tagBindings(JpaStores.tagBindings(factory))
                .alerts(JpaStores.alerts(factory))
                .expectedTags(64)
                .build();
        return new Workspace(dir, fresh, factory, archive, keys, auditLog, loans);
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

    /** @return the demo's loan register, the archive's custody status in front of the store */
    DemoLoans loans() {
        return loans;
    }

    /** @return the folder's audit log (审计日志), the archive's event sink */
    AuditLog auditLog() {
        return auditLog;
    }

    /** @return the folder's approvals (查阅/借阅审批), in its database */
    ApprovalStore approvals() {
        return approvals;
    }

    @Override
    public void close() {
        keys.keepTimestampCertificate(dir);
        factory.close();
    }
}
