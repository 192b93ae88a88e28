package io.dangan.archive.core.internal.persistence;

import io.dangan.archive.filing.MissingMaterialEntry;
import io.dangan.archive.model.DossierId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Table {@code dangan_missing_material}: the missing-materials register (缺少材料登记), one row per dossier and type. */
@Entity(name = "DanganMissingMaterial")
@Table(name = "dangan_missing_material", indexes = @Index(name = "ix_dangan_missing_material_dossier",
        columnList = "dossier_id, type_code"))
public class MissingMaterialEntity {
    @Id
    @Column(name = "id", length = 140, nullable = false)
    private String id = "";

    @Column(name = "dossier_id", length = 64, nullable = false)
    private String dossierId = "";

    @Column(name = "type_code", length = 128, nullable = false)
    private String typeCode = "";

    @Column(name = "type_name", length = 128, nullable = false)
    private String typeName = "";

    @Column(name = "rule_id", length = 128, nullable = false)
    private String ruleId = "";

    @Column(name = "registered_on", nullable = false)
    private LocalDate registeredOn = LocalDate.EPOCH;

    @Column(name = "chase_by", nullable = false)
    private LocalDate chaseBy = LocalDate.EPOCH;

    @Column(name = "resolved_on")
    private @Nullable LocalDate resolvedOn;

    /** For the persistence provider. */
    protected MissingMaterialEntity() {
    }

    static String key(DossierId dossier, String typeCode) {
        return dossier.value() + "#" + typeCode;
    }

    static MissingMaterialEntity of(MissingMaterialEntry m) {
        MissingMaterialEntity e = new MissingMaterialEntity();
        e.id = key(m.dossier(), m.typeCode());
        e.copyFrom(m);
        return e;
    }

    void copyFrom(MissingMaterialEntry m) {
        dossierId = m.dossier().value();
        typeCode = m.typeCode();
        typeName = m.typeName();
        ruleId = m.ruleId();
        registeredOn = m.registeredOn();
        chaseBy = m.chaseBy();
        resolvedOn = m.resolvedOn();
    }

    MissingMaterialEntry toValue() {
        return new MissingMaterialEntry(new DossierId(dossierId), typeCode, typeName, ruleId, registeredOn, chaseBy,
                resolvedOn);
    }
}
