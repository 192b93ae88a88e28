package io.dangan.archive.core.json;

import io.dangan.archive.core.internal.json.JsonCodec;
import io.dangan.archive.model.Dossier;
import io.dangan.archive.model.Material;
import io.dangan.archive.model.Subject;
import io.dangan.archive.model.Unit;
import java.util.List;

/**
 * The archive's JSON form (JSON 格式) of subjects, units, dossiers and materials, and of lists of them.
 *
 * <p>Every document is a JSON object whose first field is {@code "formatVersion": 1}; a single value's
 * fields follow in the record's component order, a list is one array field ({@code "subjects"},
 * {@code "units"}, {@code "dossiers"}, {@code "materials"}). Dates are ISO-8601 ({@code 2010-03-01}),
 * ids and codes are strings, enums their constant names, nulls are written. Output is byte-stable:
 * equal values give identical text (two-space indentation, {@code \n} line ends, a final line feed),
 * whatever the platform. The form is described field by field in {@code docs/json.md}.
 *
 * <p>Reading is strict and fails with {@link io.dangan.archive.InvalidInputException} located by the
 * JSON pointer of the offending value ({@link io.dangan.archive.ArchiveException#location()}, {@code ""}
 * for the whole document): {@code JSON_MALFORMED} for text that is not JSON (or repeats a key),
 * {@code JSON_UNKNOWN_FIELD} naming a field the form does not define, {@code JSON_INVALID_VALUE} for a
 * missing field, a wrong type or a value the model refuses (the model's own exception, e.g.
 * {@code CITIZEN_ID_CHECK}, is the cause), {@code JSON_UNSUPPORTED_VERSION} for a missing or other
 * format version. Thread-safe; create one and share it.
 */
public final class ArchiveJson {
    /** The format version written, and the only one read. */
    public static final int FORMAT_VERSION = JsonCodec.FORMAT_VERSION;

    private final JsonCodec codec = new JsonCodec();

    /** Creates the codec (it configures its mapper once; reuse the instance). */
    public ArchiveJson() {
    }

    /**
     * @param subject the subject
     * @return its JSON document
     */
    public String write(Subject subject) {
        return codec.write(subject);
    }

    /**
     * @param unit the unit
     * @return its JSON document
     */
    public String write(Unit unit) {
        return codec.write(unit);
    }

    /**
     * @param dossier the dossier
     * @return its JSON document
     */
    public String write(Dossier dossier) {
        return codec.write(dossier);
    }

    /**
     * @param material the material
     * @return its JSON document
     */
    public String write(Material material) {
        return codec.write(material);
    }

    /**
     * @param subjects the subjects
     * @return the list document {@code {"formatVersion": 1, "subjects": [...]}}
     */
    public String writeSubjects(List<Subject> subjects) {
        return codec.writeList("subjects", subjects);
    }

    /**
     * @param units the units
     * @return the list document {@code {"formatVersion": 1, "units": [...]}}
     */
    public String writeUnits(List<Unit> units) {
        return codec.writeList("units", units);
    }

    /**
     * @param dossiers the dossiers
     * @return the list document {@code {"formatVersion": 1, "dossiers": [...]}}
     */
    public String writeDossiers(List<Dossier> dossiers) {
        return codec.writeList("dossiers", dossiers);
    }

    /**
     * @param materials the materials
     * @return the list document {@code {"formatVersion": 1, "materials": [...]}}
     */
    public String writeMaterials(List<Material> materials) {
        return codec.writeList("materials", materials);
    }

    /**
     * @param json a subject document
     * @return the subject
     * @throws io.dangan.archive.InvalidInputException see the class comment
     */
    public Subject readSubject(String json) {
        return codec.read(json, Subject.class);
    }

    /**
     * @param json a unit document
     * @return the unit
     * @throws io.dangan.archive.InvalidInputException see the class comment
     */
    public Unit readUnit(String json) {
        return codec.read(json, Unit.class);
    }

    /**
     * @param json a dossier document
     * @return the dossier
     * @throws io.dangan.archive.InvalidInputException see the class comment
     */
    public Dossier readDossier(String json) {
        return codec.read(json, Dossier.class);
    }

    /**
     * @param json a material document
     * @return the material
     * @throws io.dangan.archive.InvalidInputException see the class comment
     */
    public Material readMaterial(String json) {
        return codec.read(json, Material.class);
    }

    /**
     * @param json a subject list document
     * @return the subjects in document order
     * @throws io.dangan.archive.InvalidInputException see the class comment
     */
    public List<Subject> readSubjects(String json) {
        return codec.readList(json, "subjects", Subject.class);
    }

    /**
     * @param json a unit list document
     * @return the units in document order
     * @throws io.dangan.archive.InvalidInputException see the class comment
     */
    public List<Unit> readUnits(String json) {
        return codec.readList(json, "units", Unit.class);
    }

    /**
     * @param json a dossier list document
     * @return the dossiers in document order
     * @throws io.dangan.archive.InvalidInputException see the class comment
     */
    public List<Dossier> readDossiers(String json) {
        return codec.readList(json, "dossiers", Dossier.class);
    }

    /**
     * @param json a material list document
     * @return the materials in document order
     * @throws io.dangan.archive.InvalidInputException see the class comment
     */
    public List<Material> readMaterials(String json) {
        return codec.readList(json, "materials", Material.class);
    }
}
