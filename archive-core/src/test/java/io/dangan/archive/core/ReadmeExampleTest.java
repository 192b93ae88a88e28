package io.dangan.archive.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.dangan.archive.core.persistence.JpaStores;
import io.dangan.archive.core.persistence.SchemaMigrations;
import io.dangan.archive.dossier.DossierView;
import io.dangan.archive.model.CitizenId;
import io.dangan.archive.model.Dossier;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.EducationLevel;
import io.dangan.archive.model.Gender;
import io.dangan.archive.model.PostLevel;
import io.dangan.archive.model.Subject;
import io.dangan.archive.model.SubjectId;
import io.dangan.archive.model.TitleLevel;
import io.dangan.archive.model.Unit;
import io.dangan.archive.model.UnitId;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import java.time.Clock;
import java.time.LocalDate;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** Keeps the README's embedding example compiling and working: the block below is the README's. */
class ReadmeExampleTest {

    @Test
    void theReadmeExampleRegistersACadreAndOpensHerDossier() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:readme;DB_CLOSE_DELAY=-1");
        String jdbcUrl = dataSource.getURL();

        // --- README example ---
        SchemaMigrations.migrate(dataSource);                        // or run the shipped scripts with your own tool
        EntityManagerFactory emf = JpaStores.configuration("dangan") // Hibernate ORM is tested; any JPA 3.2 provider
                .property(PersistenceConfiguration.JDBC_URL, jdbcUrl)
                .property("hibernate.hbm2ddl.auto", "validate")
                .createEntityManagerFactory();
        Archive archive = Archives.builder()
                .clock(Clock.systemDefaultZone())
                .store(JpaStores.store(emf))
                .build();

        Unit unit = archive.dossiers().registerUnit(new Unit(UnitId.of("org"), "中共奈曼旗委员会组织部", null, null));
        Subject cadre = archive.dossiers().registerSubject(new Subject(SubjectId.of("S0001"),
                CitizenId.of("11010519491231002X"), "王芳", Gender.FEMALE, LocalDate.of(1949, 12, 31), "汉族",
                LocalDate.of(1968, 7, 1), LocalDate.of(1972, 6, 28), EducationLevel.BACHELOR, TitleLevel.NONE,
                PostLevel.DIVISION, 0));
        Dossier dossier = archive.dossiers().openDossier(DossierId.of("D0001"), cadre.id(), unit.id());
        // --- end of README example ---

        DossierView view = archive.dossiers().view(dossier.id()).orElseThrow();
        assertThat(view.subject().name()).isEqualTo("王芳");
        assertThat(view.dossier().custodian()).isEqualTo(unit.id());
        emf.close();
    }

    @Test
    void theReadmeShowsExactlyTheBlockAbove() throws java.io.IOException {
        String test = java.nio.file.Files.readString(
                java.nio.file.Path.of("src/test/java/io/dangan/archive/core/ReadmeExampleTest.java"));
        String block = test.substring(test.indexOf("// --- README example ---\n") + 27, test.indexOf("        // --- end"));
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("../README.md"));
        String example = block.lines().map(l -> l.length() >= 8 ? l.substring(8) : l.strip())
                .collect(java.util.stream.Collectors.joining("\n"));
        assertThat(readme).contains(example);
    }
}
