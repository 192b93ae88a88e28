package io.dangan.archive.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.dangan.archive.core.Archive;
import io.dangan.archive.core.Archives;
import io.dangan.archive.core.ContentStores;
import io.dangan.archive.crypto.KeyProviders;
import io.dangan.archive.crypto.LocalTimestampAuthority;
import io.dangan.archive.crypto.SignatureAlgorithm;
import io.dangan.archive.crypto.SigningKey;
import io.dangan.archive.model.ContentRef;
import io.dangan.archive.model.Dossier;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.Material;
import io.dangan.archive.model.MaterialCategory;
import io.dangan.archive.model.MaterialId;
import io.dangan.archive.model.MaterialStatus;
import io.dangan.archive.model.Subject;
import io.dangan.archive.model.Unit;
import io.dangan.archive.seal.Finding;
import io.dangan.archive.seal.FindingCode;
import io.dangan.archive.seal.MaterialProof;
import io.dangan.archive.seal.Seal;
import io.dangan.archive.seal.SealKind;
import io.dangan.archive.store.ContentStore;
import io.dangan.archive.testkit.Fixtures;
import io.dangan.archive.testkit.ManualClock;
import jakarta.persistence.EntityManagerFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seals kept in a real database (H2 and PostgreSQL) with content on the filesystem store: the chain survives the
 * round trip exactly, and an attacker with SQL access who edits a material row or a leaf row is named.
 */
class JpaSealServiceTest {
    static final SigningKey KEY = SigningKey.generate(SignatureAlgorithm.SM2, new SecureRandom());

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"h2", "postgresql"})
    @DisplayName("seal, amend and verify through the JPA store; edits made in SQL are found")
    void sealsSurviveTheDatabaseAndSqlEditsAreFound(String kind, @TempDir Path dir) throws Exception {
        try (TestDatabase db = kind.equals("postgresql") ? TestDatabase.postgres() : TestDatabase.h2()) {
            db.migrate();
            ManualClock clock = ManualClock.at("2026-04-01T09:00:00.123456789Z");
            LocalTimestampAuthority tsa = LocalTimestampAuthority.create(clock, SignatureAlgorithm.SM2,
                    new SecureRandom());
            ContentStore content = ContentStores.filesystem(dir);
            try (EntityManagerFactory emf = db.entityManagerFactory()) {
                Archive archive = Archives.builder().clock(clock).store(JpaStores.store(emf)).contentStore(content)
                        .keys(KeyProviders.of(Map.of("seal", KEY)), "seal").timestamps(tsa, true, tsa.certificate())
                        .build();
                Fixtures fx = Fixtures.seeded(9);
                Unit unit = archive.dossiers().registerUnit(fx.unit(null));
                Subject subject = archive.dossiers().registerSubject(fx.subject());
                Dossier d = archive.dossiers().openDossier(DossierId.of("J1"), subject.id(), unit.id());
                for (int i = 1; i <= 4; i++) {
                    ContentRef ref = content.put(new ByteArrayInputStream(("扫描件 " + i).repeat(300)
                            .getBytes(StandardCharsets.UTF_8))).toRef("scan" + i + ".pdf", "application/pdf");
                    Material m = archive.dossiers().recordMaterial(new Material(MaterialId.of("J1-m" + i), d.id(),
                            MaterialCategory.ofClass(9), "任免材料" + i, null, LocalDate.of(2020, 1, i), "某县委组织部",
                            null, 1, List.of(ref), MaterialStatus.RECEIVED, 0, 0));
                    archive.store().write(s -> s.materials().update(m.filedAt(MaterialCategory.ofClass(9),
                            m.id().value().charAt(4) - '0')));
                }
                Seal v1 = archive.seals().seal(d.id());
                clock.advance(Duration.ofDays(3));
                Material m4 = archive.store().read(s -> s.materials().find(MaterialId.of("J1-m4")).orElseThrow());
                archive.store().write(s -> s.materials().update(m4.withStatus(MaterialStatus.REJECTED)));
                Seal v2 = archive.seals().amend(d.id(), List.of(m4.id()), "误归档，退回");

                assertThat(archive.seals().history(d.id())).containsExactly(v1, v2);
                assertThat(v2.statement().kind()).isEqualTo(SealKind.AMENDMENT);
                assertThat(archive.seals().verify(d.id()).findings()).isEmpty();
                MaterialProof proof = archive.seals().prove(MaterialId.of("J1-m3"));
                assertThat(archive.seals().verifyProof(proof).findings()).isEmpty();

                try (Connection c = db.connect(); Statement st = c.createStatement()) {
                    st.executeUpdate("UPDATE dangan_material SET title = '任免材料（改）' WHERE id = 'J1-m3'");
                    // one hex digit of the last byte of leaf 0 (a content digest) changed in place
                    assertThat(st.executeUpdate("UPDATE dangan_seal_leaf SET encoded = SUBSTRING(encoded, 1, "
                            + "LENGTH(encoded) - 1) || CASE WHEN SUBSTRING(encoded, LENGTH(encoded), 1) = '0' THEN '1'"
                            + " ELSE '0' END WHERE dossier_id = 'J1' AND leaf_index = 0")).isEqualTo(1);
                }
                var report = archive.seals().verify(d.id());
                assertThat(report.findings().stream().map(Finding::code).collect(Collectors.toSet()))
                        .contains(FindingCode.METADATA_MISMATCH, FindingCode.SEAL_ROOT_MISMATCH);
                assertThat(report.findings()).extracting(Finding::location).contains("material J1-m3/title");
            }
            db.deleteAll();
        }
    }
}
