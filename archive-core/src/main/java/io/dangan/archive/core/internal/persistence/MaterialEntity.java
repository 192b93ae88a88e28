package io.dangan.archive.core.internal.persistence;

import io.dangan.archive.model.ContentRef;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.Material;
import io.dangan.archive.model.MaterialCategory;
import io.dangan.archive.model.MaterialId;
import io.dangan.archive.model.MaterialStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Table {@code dangan_material}: one row per {@link Material}; the category is split into class and
 * sub-class so that catalogue order is an index scan. Content references live in
 * {@link MaterialContentEntity} rows, loaded by the repository in batches.
 */
@Entity(name = "DanganMaterial")
@Table(name = "dangan_material",
        indexes = @Index(name = "ix_dangan_material_catalogue",
                columnList = "dossier_id, class_number, sub_class, sequence_no, id"))
public class MaterialEntity {
    @Id
    @Column(name = "id", length = 64, nullable = false)
    private String id = "";

    @Column(name = "dossier_id", length = 64, nullable = false)
    private String dossierId = "";

    @Column(name = "class_number", nullable = false)
    private int classNumber;

    @Column(name = "sub_class", nullable = false)
    private int subClass;

    @Column(name = "title", length = 400, nullable = false)
    private String title = "";

    @Column(name = "type_code", length = 128)
    private @Nullable String typeCode;

    @Column(name = "formed_date", nullable = false)
    private LocalDate formedDate = LocalDate.EPOCH;

    @Column(name = "source_unit", length = 256, nullable = false)
    private String sourceUnit = "";

    @Column(name = "received_date")
    private @Nullable LocalDate receivedDate;

    @Column(name = "pages", nullable = false)
    private int pages;

    @Column(name = "status", length = 32, nullable = false)
    private String status = "";

    @Column(name = "sequence_no", nullable = false)
    private int sequence;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** For the persistence provider. */
    protected MaterialEntity() {
    }

    static MaterialEntity of(Material material) {
        MaterialEntity e = new MaterialEntity();
        e.id = material.id().value();
        e.copyFrom(material);
        e.version = material.version();
        return e;
    }

    /** Copies every field but id, version and contents. */
    void copyFrom(Material m) {
        dossierId = m.dossier().value();
        classNumber = m.category().classNumber();
        subClass = m.category().subClass();
        title = m.title();
        typeCode = m.typeCode();
        formedDate = m.formedDate();
        sourceUnit = m.sourceUnit();
        receivedDate = m.receivedDate();
        pages = m.pages();
        status = m.status().name();
        sequence = m.sequence();
    }

    String id() {
        return id;
    }

    long version() {
        return version;
    }

    Material toValue(List<ContentRef> contents) {
        return new Material(new MaterialId(id), new DossierId(dossierId), new MaterialCategory(classNumber, subClass),
                title, typeCode, formedDate, sourceUnit, receivedDate, pages, contents,
                Enums.of(MaterialStatus.class, status, id), sequence, version);
    }
}
