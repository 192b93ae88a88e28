package io.dangan.archive.core.internal.persistence;

import io.dangan.archive.access.Action;
import io.dangan.archive.access.Approval;
import io.dangan.archive.access.ApprovalId;
import io.dangan.archive.access.ApprovalStatus;
import io.dangan.archive.access.PrincipalId;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.UnitId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Table {@code dangan_approval}: one row per {@link Approval} (查阅/借阅审批). Readers are kept sorted and joined by
 * commas, approvers in signing order, actions by constant name, material classes as numbers; instants as epoch
 * second and nanosecond, so that they round-trip exactly. The {@code version} column is the optimistic lock: of two
 * concurrent updates, the second finds the row changed and is applied again to the fresh state.
 */
@Entity(name = "DanganApproval")
@Table(name = "dangan_approval", indexes = {
    @Index(name = "ix_dangan_approval_requester", columnList = "requester, id"),
    @Index(name = "ix_dangan_approval_dossier", columnList = "dossier_id, id")})
public class ApprovalEntity {
    /** Most readers, and most approvers, one row holds. */
    static final int MAX_PRINCIPALS = 32;
    /** Longest purpose code, in characters. */
    static final int MAX_PURPOSE = 64;
    /** Longest reason, in characters. */
    static final int MAX_REASON = 500;

    @Id
    @Column(name = "id", length = 64, nullable = false)
    private String id = "";

    @Column(name = "dossier_id", length = 64, nullable = false)
    private String dossierId = "";

    @Column(name = "requester", length = 64, nullable = false)
    private String requester = "";

    @Column(name = "readers", length = 4000, nullable = false)
    private String readers = "";

    @Column(name = "actions", length = 256, nullable = false)
    private String actions = "";

    @Column(name = "classes", length = 64, nullable = false)
    private String classes = "";

    @Column(name = "purpose", length = 128, nullable = false)
    private String purpose = "";

    @Column(name = "issuing_unit", length = 64, nullable = false)
    private String issuingUnit = "";

    @Column(name = "approvers", length = 4000, nullable = false)
    private String approvers = "";

    @Column(name = "valid_from_second", nullable = false)
    private long validFromSecond;

    @Column(name = "valid_from_nano", nullable = false)
    private int validFromNano;

    @Column(name = "valid_to_second", nullable = false)
    private long validToSecond;

    @Column(name = "valid_to_nano", nullable = false)
    private int validToNano;

    @Column(name = "return_by_second")
    private @Nullable Long returnBySecond;

    @Column(name = "return_by_nano")
    private @Nullable Integer returnByNano;

    @Column(name = "status", length = 16, nullable = false)
    private String status = "";

    @Column(name = "reason", length = 1000)
    private @Nullable String reason;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** For the persistence provider. */
    protected ApprovalEntity() {
    }

    /**
     * Refuses an approval whose texts or lists exceed the columns, before anything is written.
     *
     * @param a the approval
     */
    static void checkFits(Approval a) {
        String where = "approval " + a.id();
        JpaTransactions.checkLength(where, "purpose", a.purpose(), MAX_PURPOSE);
        JpaTransactions.checkLength(where, "reason", a.reason(), MAX_REASON);
        JpaTransactions.checkCount(where, "readers", a.readers().size(), MAX_PRINCIPALS);
        JpaTransactions.checkCount(where, "approvers", a.approvers().size(), MAX_PRINCIPALS);
    }

    static ApprovalEntity of(Approval a) {
        ApprovalEntity e = new ApprovalEntity();
        e.id = a.id().value();
        e.copyFrom(a);
        return e;
    }

    /** Copies every field but id and version. */
    void copyFrom(Approval a) {
        dossierId = a.dossier().value();
        requester = a.requester().value();
        readers = a.readers().stream().map(PrincipalId::value).sorted().collect(Collectors.joining(","));
        actions = EnumSet.copyOf(a.actions()).stream().map(Action::name).collect(Collectors.joining(","));
        classes = new TreeSet<>(a.classes()).stream().map(String::valueOf).collect(Collectors.joining(","));
        purpose = a.purpose();
        issuingUnit = a.issuingUnit().value();
        approvers = a.approvers().stream().map(PrincipalId::value).collect(Collectors.joining(","));
        validFromSecond = a.validFrom().getEpochSecond();
        validFromNano = a.validFrom().getNano();
        validToSecond = a.validTo().getEpochSecond();
        validToNano = a.validTo().getNano();
        Instant r = a.returnBy();
        returnBySecond = r == null ? null : r.getEpochSecond();
        returnByNano = r == null ? null : r.getNano();
        status = a.status().name();
        reason = a.reason();
    }

    private static List<String> split(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    Approval toValue() {
        Set<Action> actionSet = EnumSet.noneOf(Action.class);
        for (String name : split(actions)) {
            actionSet.add(Enums.of(Action.class, name, id));
        }
        List<Integer> classList = new ArrayList<>();
        for (String c : split(classes)) {
            classList.add(Integer.valueOf(c));
        }
        Instant returnBy = returnBySecond == null ? null
                : Instant.ofEpochSecond(returnBySecond, returnByNano == null ? 0 : returnByNano);
        return new Approval(new ApprovalId(id), new DossierId(dossierId), new PrincipalId(requester),
                split(readers).stream().map(PrincipalId::new).collect(Collectors.toSet()), actionSet,
                Set.copyOf(classList), purpose, new UnitId(issuingUnit),
                split(approvers).stream().map(PrincipalId::new).toList(),
                Instant.ofEpochSecond(validFromSecond, validFromNano), Instant.ofEpochSecond(validToSecond, validToNano),
                returnBy, Enums.of(ApprovalStatus.class, status, id), reason);
    }
}
