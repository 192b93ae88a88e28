package io.dangan.archive.filing;

import io.dangan.archive.model.DossierId;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * Audits of filed dossiers: completeness (齐全性审核) of one dossier or a whole repository, the
 * missing-materials register (缺少材料登记), migration to a newer standard, and the special audit (专审).
 * Implementations are thread-safe.
 */
public interface FilingAuditService {

    /**
     * Audits one dossier's completeness against the standard in force on a date. Read-only: the missing entries
     * in the report carry the register's dates when registered, else the audit date.
     *
     * @param dossier the dossier
     * @param asOf the audit date
     * @return the report
     * @throws io.dangan.archive.NotFoundException when the dossier or its subject is not stored
     */
    CompletenessReport auditCompleteness(DossierId dossier, LocalDate asOf);

    /**
     * Audits every dossier of the repository, streaming materials in store order so memory stays constant
     * whatever the repository's size. Read-only.
     *
     * @param asOf the audit date
     * @param each receives each dossier's report as it is produced (called on the caller's thread)
     * @return the totals
     */
    RepositoryAuditSummary auditRepository(LocalDate asOf, Consumer<? super CompletenessReport> each);

    /**
     * Audits a dossier and records its missing materials in the register (缺少材料登记): new ones registered with
     * their chase date, ones now filed marked resolved, open ones whose chase date has passed given the next
     * chase date (the audit date plus the standard's chase interval).
     *
     * @param dossier the dossier
     * @param asOf the audit date
     * @param actor who registers
     * @return the dossier's open register entries after the update
     * @throws io.dangan.archive.NotFoundException when the dossier is not stored
     */
    List<MissingMaterialEntry> registerMissing(DossierId dossier, LocalDate asOf, String actor);

    /**
     * Proposes how a dossier filed under one standard maps to another; never re-files.
     *
     * @param dossier the dossier
     * @param from the standard its codes follow
     * @param to the newer standard
     * @return the report, ambiguous and unmapped materials listed for a person
     * @throws io.dangan.archive.NotFoundException {@code STANDARD_NOT_IN_FORCE} for an unknown standard or when no
     *     mapping table links them
     */
    MigrationReport migrationReport(DossierId dossier, String from, String to);

    /**
     * The special audit (专审, 三龄二历一身份) of one dossier: each fact determined from the facts its materials
     * state, every conflict listed with the materials involved.
     *
     * @param dossier the dossier
     * @param asOf the audit date
     * @return the determination form (认定表)
     * @throws io.dangan.archive.NotFoundException when the dossier or its subject is not stored
     */
    DeterminationForm specialAudit(DossierId dossier, LocalDate asOf);
}
