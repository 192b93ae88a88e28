package io.dangan.archive.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.dangan.archive.model.CitizenId;
import io.dangan.archive.model.ContentRef;
import io.dangan.archive.model.Digest;
import io.dangan.archive.model.Dossier;
import io.dangan.archive.model.Material;
import io.dangan.archive.model.MaterialCategory;
import io.dangan.archive.model.MaterialStatus;
import io.dangan.archive.model.Subject;
import io.dangan.archive.model.SubjectId;
import io.dangan.archive.model.Unit;
import io.dangan.archive.model.UnitCode;
import io.dangan.archive.model.UnitId;
import java.time.LocalDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The generators produce values that are valid and consistent, and that round-trip through the store. */
class ModelArbitrariesTest {

    @Property
    void citizenIdsAreCanonicalAndReparse(@ForAll("citizenIds") CitizenId id) {
        assertThat(CitizenId.of(id.value().toLowerCase(java.util.Locale.ROOT))).isEqualTo(id);
        assertThat(id.value().charAt(17)).isEqualTo(CitizenId.checkCharacter(id.value()));
        assertThat(id.birthDate()).isBetween(LocalDate.of(1900, 1, 1), LocalDate.of(2008, 12, 31));
    }

    @Property
    void unitCodesReparse(@ForAll("unitCodes") UnitCode code) {
        assertThat(UnitCode.of(" " + code.value() + " ")).isEqualTo(code);
    }

    @Property
    void categoriesReparseFromTheirCode(@ForAll("categories") MaterialCategory category) {
        assertThat(MaterialCategory.of(category.code())).isEqualTo(category);
    }

    @Property
    void digestsHaveTheAlgorithmsLength(@ForAll("digests") Digest digest) {
        assertThat(digest.bytes()).hasSize(digest.algorithm().length());
    }

    @Property
    void contentRefsHaveOneDigestPerAlgorithm(@ForAll("contentRefs") ContentRef ref) {
        assertThat(ref.digests()).isNotEmpty().extracting(Digest::algorithm).doesNotHaveDuplicates();
    }

    @Property
    void subjectsAgreeWithTheirCitizenId(@ForAll("subjects") Subject subject) {
        assertThat(subject.birthDate()).isEqualTo(subject.citizenId().birthDate());
        assertThat(subject.gender()).isEqualTo(subject.citizenId().gender());
        assertThat(subject.version()).isZero();
        if (subject.workStartDate() != null) {
            assertThat(subject.workStartDate()).isAfter(subject.birthDate());
        }
        if (subject.partyJoinDate() != null) {
            assertThat(subject.partyJoinDate()).isAfter(subject.birthDate());
        }
    }

    @Property
    void materialsAreReceivedAfterForming(@ForAll("materials") Material material) {
        if (material.receivedDate() != null) {
            assertThat(material.receivedDate()).isAfterOrEqualTo(material.formedDate());
        }
        assertThat(material.sequence() > 0).isEqualTo(material.status() == MaterialStatus.FILED);
    }

    @Property(tries = 200)
    void generatedEntitiesRoundTripThroughTheInMemoryStore(@ForAll("subjects") Subject subject,
            @ForAll("units") Unit unit, @ForAll("dossiers") Dossier dossier) {
        InMemoryArchiveStore store = new InMemoryArchiveStore();
        Unit root = new Unit(unit.id(), unit.name(), unit.code(), null);
        Dossier own = new Dossier(dossier.id(), subject.id(), root.id(), dossier.status(), dossier.tagCode(),
                dossier.location(), 0);
        store.write(s -> {
            s.units().insert(root);
            s.subjects().insert(subject);
            return s.dossiers().insert(own);
        });
        assertThat(store.read((io.dangan.archive.store.StoreSession s) -> s.subjects().findByCitizenId(subject.citizenId()))).contains(subject);
        assertThat(store.read((io.dangan.archive.store.StoreSession s) -> s.units().find(root.id()))).contains(root);
        assertThat(store.read((io.dangan.archive.store.StoreSession s) -> s.dossiers().findBySubject(subject.id()))).contains(own);
    }

    @Provide
    Arbitrary<CitizenId> citizenIds() {
        return ModelArbitraries.citizenIds();
    }

    @Provide
    Arbitrary<UnitCode> unitCodes() {
        return ModelArbitraries.unitCodes();
    }

    @Provide
    Arbitrary<MaterialCategory> categories() {
        return ModelArbitraries.categories();
    }

    @Provide
    Arbitrary<Digest> digests() {
        return ModelArbitraries.digests();
    }

    @Provide
    Arbitrary<ContentRef> contentRefs() {
        return ModelArbitraries.contentRefs();
    }

    @Provide
    Arbitrary<Subject> subjects() {
        return ModelArbitraries.subjects();
    }

    @Provide
    Arbitrary<Unit> units() {
        return ModelArbitraries.units();
    }

    @Provide
    Arbitrary<Dossier> dossiers() {
        return ModelArbitraries.dossiers();
    }

    @Provide
    Arbitrary<Material> materials() {
        return ModelArbitraries.materials();
    }

    @Property
    void idsAreValid(@ForAll("subjectIdTexts") String text) {
        assertThat(SubjectId.of(text).value()).isEqualTo(text);
        assertThat(UnitId.of(text).value()).isEqualTo(text);
    }

    @Provide
    Arbitrary<String> subjectIdTexts() {
        return ModelArbitraries.idTexts();
    }
}
