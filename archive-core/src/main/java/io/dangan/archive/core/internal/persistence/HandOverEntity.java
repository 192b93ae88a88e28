package io.dangan.archive.core.internal.persistence;

import io.dangan.archive.filing.HandOver;
import io.dangan.archive.filing.HandOverId;
import io.dangan.archive.filing.HandOverItem;
import io.dangan.archive.model.DossierId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Table {@code dangan_hand_over}: one row per hand-over record (移交登记); its items are rows of {@link HandOverItemEntity}. */
@Entity(name = "DanganHandOver")
@Table(name = "dangan_hand_over", indexes = @Index(name = "ix_dangan_hand_over_dossier",
        columnList = "dossier_id, registered_second, registered_nano, id"))
public class HandOverEntity {
    @Id
    @Column(name = "id", length = 64, nullable = false)
    private String id = "";

    @Column(name = "dossier_id", length = 64, nullable = false)
    private String dossierId = "";

    @Column(name = "source_unit", length = 256, nullable = false)
    private String sourceUnit = "";

    @Column(name = "delivered_by", length = 128, nullable = false)
    private String deliveredBy = "";

    @Column(name = "received_date", nullable = false)
    private LocalDate receivedDate = LocalDate.EPOCH;

    @Column(name = "received_by", length = 128, nullable = false)
    private String receivedBy = "";

    @Column(name = "registered_second", nullable = false)
    private long registeredSecond;

    @Column(name = "registered_nano", nullable = false)
    private int registeredNano;

    /** For the persistence provider. */
    protected HandOverEntity() {
    }

    static HandOverEntity of(HandOver h) {
        HandOverEntity e = new HandOverEntity();
        e.id = h.id().value();
        e.dossierId = h.dossier().value();
        e.sourceUnit = h.sourceUnit();
        e.deliveredBy = h.deliveredBy();
        e.receivedDate = h.receivedDate();
        e.receivedBy = h.receivedBy();
        e.registeredSecond = h.registeredAt().getEpochSecond();
        e.registeredNano = h.registeredAt().getNano();
        return e;
    }

    String id() {
        return id;
    }

    HandOver toValue(List<HandOverItem> items) {
        return new HandOver(new HandOverId(id), new DossierId(dossierId), sourceUnit, deliveredBy, receivedDate, items,
                receivedBy, Instant.ofEpochSecond(registeredSecond, registeredNano));
    }
}
