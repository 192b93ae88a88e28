package io.dangan.archive.core.internal.persistence;

import io.dangan.archive.audit.AuditRecord;
import io.dangan.archive.core.internal.json.AuditJson;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Table {@code dangan_audit_event}: one row per {@link AuditRecord}, never updated. */
@Entity(name = "DanganAuditEvent")
@Table(name = "dangan_audit_event", indexes = {
    @Index(name = "ix_dangan_audit_event_dossier", columnList = "dossier_id, sequence_no"),
    @Index(name = "ix_dangan_audit_event_actor", columnList = "actor, sequence_no"),
    @Index(name = "ix_dangan_audit_event_action", columnList = "action_code, sequence_no"),
    @Index(name = "ix_dangan_audit_event_time", columnList = "occurred_second")})
public class AuditEventEntity {
    /** The insert the storage batches through JDBC, column order as {@link #bind}. */
    static final String INSERT = "INSERT INTO dangan_audit_event (sequence_no, occurred_second, occurred_nano, event_type,"
            + " actor, resource_ref, dossier_id, action_code, outcome, reasons, request_hash, details, previous_hash,"
            + " record_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    @Id
    @Column(name = "sequence_no", nullable = false)
    private long sequence;
    @Column(name = "occurred_second", nullable = false)
    private long occurredSecond;
    @Column(name = "occurred_nano", nullable = false)
    private int occurredNano;
    @Column(name = "event_type", length = 128, nullable = false)
    private String type = "";
    @Column(name = "actor", length = 128, nullable = false)
    private String actor = "";
    @Column(name = "resource_ref", length = 256, nullable = false)
    private String resource = "";
    @Column(name = "dossier_id", length = 64, nullable = false)
    private String dossier = "";
    @Column(name = "action_code", length = 64, nullable = false)
    private String action = "";
    @Column(name = "outcome", length = 32, nullable = false)
    private String outcome = "";
    @Column(name = "reasons", length = 2000, nullable = false)
    private String reasons = "";
    @Column(name = "request_hash", length = 64, nullable = false)
    private String requestHash = "";
    @Column(name = "details", length = 16000, nullable = false)
    private String details = "{}";
    @Column(name = "previous_hash", length = 64, nullable = false)
    private String previousHash = "";
    @Column(name = "record_hash", length = 64, nullable = false)
    private String hash = "";

    /** For the persistence provider. */
    protected AuditEventEntity() {
    }

    static void bind(java.sql.PreparedStatement ps, AuditRecord r, String detailsJson) throws java.sql.SQLException {
        ps.setLong(1, r.sequence());
        ps.setLong(2, r.occurredAt().getEpochSecond());
        ps.setInt(3, r.occurredAt().getNano());
        ps.setString(4, r.type());
        ps.setString(5, r.actor());
        ps.setString(6, r.resource());
        ps.setString(7, r.dossier());
        ps.setString(8, r.action());
        ps.setString(9, r.outcome());
        ps.setString(10, String.join(",", r.reasons()));
        ps.setString(11, r.requestHash());
        ps.setString(12, detailsJson);
        ps.setString(13, r.previousHash());
        ps.setString(14, r.hash());
    }

    AuditRecord toValue() {
        List<String> reasonList = reasons.isEmpty() ? List.of() : Arrays.asList(reasons.split(","));
        return new AuditRecord(sequence, Instant.ofEpochSecond(occurredSecond, occurredNano), type, actor, resource,
                dossier, action, outcome, reasonList, requestHash, AuditJson.parseDetails(details), previousHash, hash);
    }
}
