package io.dangan.archive.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.dangan.archive.model.Dossier;
import io.dangan.archive.model.Material;
import io.dangan.archive.model.Subject;
import io.dangan.archive.model.Unit;
import io.dangan.archive.testkit.ModelArbitraries;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every generated value round-trips through the JSON form, and its text is byte-stable. */
class ArchiveJsonRoundTripTest {
    private final ArchiveJson json = new ArchiveJson();

    @Property
    void subjectsRoundTripByteIdentically(@ForAll("subjects") Subject subject) {
        String text = json.write(subject);
        Subject read = json.readSubject(text);
        assertThat(read).isEqualTo(subject);
        assertThat(json.write(read)).isEqualTo(text);
    }

    @Property
    void unitsRoundTripByteIdentically(@ForAll("units") Unit unit) {
        String text = json.write(unit);
        Unit read = json.readUnit(text);
        assertThat(read).isEqualTo(unit);
        assertThat(json.write(read)).isEqualTo(text);
    }

    @Property
    void dossiersRoundTripByteIdentically(@ForAll("dossiers") Dossier dossier) {
        String text = json.write(dossier);
        Dossier read = json.readDossier(text);
        assertThat(read).isEqualTo(dossier);
        assertThat(json.write(read)).isEqualTo(text);
    }

    @Property(tries = 500)
    void materialsRoundTripByteIdentically(@ForAll("materials") Material material) {
        String text = json.write(material);
        Material read = json.readMaterial(text);
        assertThat(read).isEqualTo(material);
        assertThat(json.write(read)).isEqualTo(text);
    }

    @Property(tries = 100)
    void listsRoundTripByteIdentically(@ForAll("subjectLists") List<Subject> subjects,
            @ForAll("materialLists") List<Material> materials, @ForAll("unitLists") List<Unit> units,
            @ForAll("dossierLists") List<Dossier> dossiers) {
        String s = json.writeSubjects(subjects);
        assertThat(json.readSubjects(s)).isEqualTo(subjects);
        assertThat(json.writeSubjects(json.readSubjects(s))).isEqualTo(s);
        String m = json.writeMaterials(materials);
        assertThat(json.readMaterials(m)).isEqualTo(materials);
        assertThat(json.writeMaterials(json.readMaterials(m))).isEqualTo(m);
        String u = json.writeUnits(units);
        assertThat(json.readUnits(u)).isEqualTo(units);
        String d = json.writeDossiers(dossiers);
        assertThat(json.readDossiers(d)).isEqualTo(dossiers);
        assertThat(json.writeDossiers(json.readDossiers(d))).isEqualTo(d);
    }

    @Property(tries = 200)
    void outputIsCanonicalText(@ForAll("materials") Material material) {
        String text = json.write(material);
        assertThat(text).startsWith("{\n  \"formatVersion\": 1,\n  \"id\": ").endsWith("}\n").doesNotContain("\r");
    }

    private static Arbitrary<Long> versions() {
        return Arbitraries.longs().between(0, Long.MAX_VALUE).edgeCases(c -> c.add(0L));
    }

    @Provide
    Arbitrary<Subject> subjects() {
        return ModelArbitraries.subjects().flatMap(s -> versions().map(s::withVersion));
    }

    @Provide
    Arbitrary<Unit> units() {
        return ModelArbitraries.units();
    }

    @Provide
    Arbitrary<Dossier> dossiers() {
        return ModelArbitraries.dossiers().flatMap(d -> versions().map(d::withVersion));
    }

    @Provide
    Arbitrary<Material> materials() {
        return ModelArbitraries.materials().flatMap(m -> versions().map(m::withVersion));
    }

    @Provide
    Arbitrary<List<Subject>> subjectLists() {
        return subjects().list().ofMaxSize(5);
    }

    @Provide
    Arbitrary<List<Material>> materialLists() {
        return materials().list().ofMaxSize(5);
    }

    @Provide
    Arbitrary<List<Unit>> unitLists() {
        return units().list().ofMaxSize(5);
    }

    @Provide
    Arbitrary<List<Dossier>> dossierLists() {
        return dossiers().list().ofMaxSize(5);
    }
}
