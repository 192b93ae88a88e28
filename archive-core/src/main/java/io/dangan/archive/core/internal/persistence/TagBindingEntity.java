package io.dangan.archive.core.internal.persistence;

import io.dangan.archive.inventory.TagBinding;
import io.dangan.archive.inventory.TagCode;
import io.dangan.archive.inventory.TagStatus;
import io.dangan.archive.model.DossierId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Table {@code dangan_tag_binding}: one row per tag code ever issued (一人一档一码). The code is the primary key, so a
 * code belongs to one binding across all dossiers and a lookup by code is a primary-key read. The column
 * {@code active_dossier_id} holds the dossier's id while the binding is active and is empty once it ended; its unique
 * constraint keeps a dossier at one active tag, also against a concurrent writer. Ended bindings stay as history.
 */
@Entity(name = "DanganTagBinding")
@Table(name = "dangan_tag_binding",
        uniqueConstraints = @UniqueConstraint(name = "uk_dangan_tag_binding_active", columnNames = "active_dossier_id"),
        indexes = {
            @Index(name = "ix_dangan_tag_binding_dossier", columnList = "dossier_id, issued_second, issued_nano, serial"),
            @Index(name = "ix_dangan_tag_binding_serial", columnList = "scheme, serial")})
public class TagBindingEntity {
    /** Longest scheme id, in characters. */
    static final int MAX_SCHEME = 64;
    /** Longest reason, in characters. */
    static final int MAX_REASON = 500;

    @Id
    @Column(name = "code", length = 128, nullable = false)
    private String code = "";

    @Column(name = "dossier_id", length = 64, nullable = false)
    private String dossierId = "";

    @Column(name = "scheme", length = 128, nullable = false)
    private String scheme = "";

    @Column(name = "serial", nullable = false)
    private long serial;

    @Column(name = "status", length = 16, nullable = false)
    private String status = "";

    @Column(name = "issued_second", nullable = false)
    private long issuedSecond;

    @Column(name = "issued_nano", nullable = false)
    private int issuedNano;

    @Column(name = "ended_second")
    private @Nullable Long endedSecond;

    @Column(name = "ended_nano")
    private @Nullable Integer endedNano;

    @Column(name = "reason", length = 1000)
    private @Nullable String reason;

    @Column(name = "active_dossier_id", length = 64)
    private @Nullable String activeDossierId;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** For the persistence provider. */
    protected TagBindingEntity() {
    }

    /**
     * Refuses a binding whose texts exceed the columns, before anything is written.
     *
     * @param b the binding
     */
    static void checkFits(TagBinding b) {
        String where = "tag " + b.code();
        JpaTransactions.checkLength(where, "scheme", b.scheme(), MAX_SCHEME);
        JpaTransactions.checkLength(where, "reason", b.reason(), MAX_REASON);
    }

    static TagBindingEntity of(TagBinding b) {
        TagBindingEntity e = new TagBindingEntity();
        e.code = b.code().hex();
        e.dossierId = b.dossier().value();
        e.scheme = b.scheme();
        e.serial = b.serial();
        e.issuedSecond = b.issuedAt().getEpochSecond();
        e.issuedNano = b.issuedAt().getNano();
        e.end(b);
        return e;
    }

    /** Takes the binding's status, end and reason; what identifies the binding stays. */
    void end(TagBinding b) {
        status = b.status().name();
        Instant ended = b.endedAt();
        endedSecond = ended == null ? null : ended.getEpochSecond();
        endedNano = ended == null ? null : ended.getNano();
        reason = b.reason();
        activeDossierId = b.status() == TagStatus.ACTIVE ? dossierId : null;
    }

    TagBinding toValue() {
        Instant ended = endedSecond == null ? null : Instant.ofEpochSecond(endedSecond, endedNano == null ? 0 : endedNano);
        return new TagBinding(new DossierId(dossierId), new TagCode(code), scheme, serial,
                Enums.of(TagStatus.class, status, code), Instant.ofEpochSecond(issuedSecond, issuedNano), ended, reason);
    }
}
