package io.dangan.archive.core.internal.persistence;

import io.dangan.archive.model.Dossier;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.DossierStatus;
import io.dangan.archive.model.SubjectId;
import io.dangan.archive.model.UnitId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** Table {@code dangan_dossier}: one row per {@link Dossier}, at most one per subject. */
@Entity(name = "DanganDossier")
@Table(name = "dangan_dossier",
        uniqueConstraints = @UniqueConstraint(name = "uk_dangan_dossier_subject", columnNames = "subject_id"),
        indexes = @Index(name = "ix_dangan_dossier_custodian", columnList = "custodian_id, id"))
public class DossierEntity {
    @Id
    @Column(name = "id", length = 64, nullable = false)
    private String id = "";

    @Column(name = "subject_id", length = 64, nullable = false)
    private String subjectId = "";

    @Column(name = "custodian_id", length = 64, nullable = false)
    private String custodianId = "";

    @Column(name = "status", length = 32, nullable = false)
    private String status = "";

    @Column(name = "tag_code", length = 256)
    private @Nullable String tagCode;

    @Column(name = "location", length = 256)
    private @Nullable String location;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** For the persistence provider. */
    protected DossierEntity() {
    }

    static DossierEntity of(Dossier dossier) {
        DossierEntity e = new DossierEntity();
        e.id = dossier.id().value();
        e.copyFrom(dossier);
        e.version = dossier.version();
        return e;
    }

    /** Copies every field but id and version. */
    void copyFrom(Dossier d) {
        subjectId = d.subject().value();
        custodianId = d.custodian().value();
        status = d.status().name();
        tagCode = d.tagCode();
        location = d.location();
    }

    long version() {
        return version;
    }

    Dossier toValue() {
        return new Dossier(new DossierId(id), new SubjectId(subjectId), new UnitId(custodianId),
                Enums.of(DossierStatus.class, status, id), tagCode, location, version);
    }
}
