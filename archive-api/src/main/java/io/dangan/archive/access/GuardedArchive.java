package io.dangan.archive.access;

import io.dangan.archive.audit.AuditQuery;
import io.dangan.archive.audit.AuditRecord;
import io.dangan.archive.audit.ConsistencyProof;
import io.dangan.archive.audit.InclusionProof;
import io.dangan.archive.filing.HandOver;
import io.dangan.archive.filing.HandOverRequest;
import io.dangan.archive.filing.ReturnNotice;
import io.dangan.archive.filing.ReviewInput;
import io.dangan.archive.filing.ReviewRecord;
import io.dangan.archive.model.ContentRef;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.Material;
import io.dangan.archive.model.MaterialId;
import io.dangan.archive.seal.Seal;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The archive used on behalf of a principal (以用户身份使用档案库): every operation here that reads content or
 * changes state is decided by the decision point and audited before anything is read or written.
 *
 * <p>Each call takes {@code now} from the archive's clock and builds one {@link AccessRequest}; the guard audits the
 * decision (an {@link AccessDecided} event, {@code access.permit} or {@code access.deny}) and then:
 * <ul>
 *   <li>on a deny throws {@link AccessDeniedException} carrying the decision; nothing was read, stored or opened;</li>
 *   <li>on a permit runs the operation and returns its result. The obligations of use permits (watermark,
 *       supervision, register) come back with the result for the caller to fulfil; the only obligation of the
 *       other actions is {@code AUDIT}, which the guard has honoured.</li>
 * </ul>
 * When the audit event cannot be stored the operation does not run either: an unaudited access is no access.
 *
 * <p>Which action each operation asks for:
 * <table>
 *   <caption>Guarded operations</caption>
 *   <tr><th>operation</th><th>action</th><th>resource</th></tr>
 *   <tr><td>{@link #view}</td><td>{@link Action#VIEW}</td><td>the dossier; each material quietly</td></tr>
 *   <tr><td>{@link #openContent}</td><td>{@code VIEW}, {@code EXCERPT} or {@code COPY}, as the caller says</td>
 *       <td>the material, with its label</td></tr>
 *   <tr><td>{@link #file(PrincipalId, Material)}, {@link #register}</td><td>{@link Action#FILE}</td>
 *       <td>the dossier</td></tr>
 *   <tr><td>{@link #review}, {@link #fileAccepted}, {@link #returnToSource}</td><td>{@link Action#FILE}</td>
 *       <td>the material, with its label</td></tr>
 *   <tr><td>{@link #seal}</td><td>{@link Action#FILE}: sealing appends what was just filed</td><td>the dossier</td></tr>
 *   <tr><td>{@link #amend}</td><td>{@link Action#AMEND}: a correction of the sealed record</td><td>the dossier</td></tr>
 *   <tr><td>{@link #authorise}</td><td>{@link Action#BORROW}, {@link Action#TRANSFER} or {@link Action#DESTROY},
 *       as the caller says; transfer and destroy spend their single-use approval</td><td>the dossier</td></tr>
 *   <tr><td>{@link #queryAudit}, {@link #exportAudit}, {@link #auditInclusionProof},
 *       {@link #auditConsistencyProof}</td><td>{@link Action#READ_AUDIT}</td><td>the audit log</td></tr>
 * </table>
 *
 * <p>Where an operation concerns one material, the material's metadata is looked up first to name the resource
 * (its dossier, class and sensitivity label); an unknown material is decided as {@link Resource#unknownMaterial}:
 * denied with {@link ReasonCode#UNKNOWN_MATERIAL} and audited like every denial, as an unknown dossier is, so
 * probing for material ids leaves a trace in the audit log.
 *
 * <p>Where a workflow record names its actor ({@link HandOverRequest#actor()}, {@link ReviewInput#reviewer()}) it
 * must be the principal, or the call throws {@link io.dangan.archive.InvalidInputException} with code
 * {@code ACCESS_ACTOR_MISMATCH} before any decision; the other steps record the principal as actor.
 *
 * <p>Not here, because they enforce themselves: approving, rejecting and revoking approvals
 * ({@link ApprovalService}, which checks the approver's role, unit, recusal and self-approval and audits a refusal)
 * and policy changes ({@link AccessControl#changePolicy}, which decides {@link Action#ADMINISTER_POLICY} and audits).
 * Seal and log verification return findings, not content, and stay on their services.
 *
 * <p>Implementations are thread-safe when the archive's services are.
 */
public interface GuardedArchive extends GuardedDossiers {

    /**
     * Opens one content file of a material for reading (读取材料电子文件), decided as {@code use} on the material
     * before the content store is asked for a byte. The returned stream reads straight from the content store
     * (nothing is buffered whole) and verifies the content against its address as it reaches the end.
     *
     * @param by the reader
     * @param material the material
     * @param fileName the content file's {@link ContentRef#fileName()} within the material
     * @param use {@link Action#VIEW} to show it, {@link Action#EXCERPT} to take an extract, {@link Action#COPY} to
     *     copy or print it
     * @param approval the approval presented, or {@code null}
     * @param purpose its purpose code, or {@code null}
     * @return the open stream with the permitting decision; the caller closes it and fulfils the decision's
     *     obligations (watermark with the reader and time, supervision, register a copy)
     * @throws AccessDeniedException when the read is denied, including an unknown material
     *     ({@code UNKNOWN_MATERIAL}); nothing was opened
     * @throws IllegalArgumentException when {@code use} is not view, excerpt or copy
     * @throws IllegalStateException when the archive has no content store
     * @throws io.dangan.archive.NotFoundException when the permitted material has no file of that name or its content
     *     is missing (code {@code CONTENT_MISSING})
     */
    ContentReading openContent(PrincipalId by, MaterialId material, String fileName, Action use,
            @Nullable ApprovalId approval, @Nullable String purpose);

    /**
     * Authorises an action the SDK has no operation of its own for yet (授权借阅、转递、销毁): a borrow, a transfer
     * or a destruction of a dossier, which the host then carries out (check-out, transfer package, destruction
     * record). The request is decided with the approval and purpose presented, at the archive clock's {@code now}, and
     * audited like every guarded operation; the permit's obligations are the host's to fulfil.
     *
     * <p>Transfer and destroy need a single-use approval ({@link Action#spendsApproval()}): in the same step as the
     * permit the approval is marked {@link ApprovalStatus#USED} through the {@link ApprovalService} (an
     * {@code approval.used} record precedes the {@code access.permit} in the audit log), so presenting it again is
     * denied with {@link ReasonCode#APPROVAL_USED} and that denial is audited. Spending is atomic: when several
     * threads or hosts present one single-use approval at once, exactly one gets the permit and the others are denied
     * (see {@link AccessGuard#check(AccessRequest, java.util.function.Predicate)}). A borrow approval is not spent;
     * it serves again within its window, each borrow decided and audited.
     *
     * @param by who acts: the borrower (a reader named on the approval), or the archivist who transfers or destroys
     * @param action {@link Action#BORROW}, {@link Action#TRANSFER} or {@link Action#DESTROY}
     * @param dossier the dossier
     * @param approval the approval presented; it must be for this dossier, name {@code by} among its readers, name the
     *     action, be approved (transfer and destroy by two distinct approvers) and be inside its window
     * @param purpose its purpose code
     * @return the permitting decision with its obligations: {@code AUDIT} always; for a borrow also
     *     {@code SUPERVISED} (readers), {@code REGISTER} (enter the loan in the register) and {@code RETURN_BY} (the
     *     approval's return date, within the policy's maximum loan period)
     * @throws AccessDeniedException when denied, including a single-use approval already used; the denial was
     *     audited and the approval is unchanged
     * @throws IllegalArgumentException when {@code action} is not borrow, transfer or destroy
     * @throws IllegalStateException when a transfer or destruction is asked of an archive built without an approval
     *     service ({@code GuardedArchives.Builder#approvals}); raised before any decision
     */
    Decision authorise(PrincipalId by, Action action, DossierId dossier, ApprovalId approval, String purpose);

    /**
     * Registers received materials with their hand-over record (接收登记), see
     * {@link io.dangan.archive.filing.FilingService#register}.
     *
     * @param by the receiving archivist; must be the request's actor
     * @param request the delivery
     * @return the stored hand-over record
     * @throws AccessDeniedException when filing into the dossier is denied; nothing was stored
     * @throws io.dangan.archive.InvalidInputException with code {@code ACCESS_ACTOR_MISMATCH} when the request names
     *     another actor, or as the filing service throws
     */
    HandOver register(PrincipalId by, HandOverRequest request);

    /**
     * Reviews a received material (审核), see {@link io.dangan.archive.filing.FilingService#review}.
     *
     * @param by the reviewer; must be the input's reviewer
     * @param material the material
     * @param input the reviewer's objections
     * @return the review record
     * @throws AccessDeniedException when filing work on the material is denied, including an unknown material
     *     ({@code UNKNOWN_MATERIAL}); nothing was recorded
     * @throws io.dangan.archive.InvalidInputException with code {@code ACCESS_ACTOR_MISMATCH} when the input names
     *     another reviewer, or as the filing service throws
     */
    ReviewRecord review(PrincipalId by, MaterialId material, ReviewInput input);

    /**
     * Files an accepted material into its place in the catalogue (归档), see
     * {@link io.dangan.archive.filing.FilingService#file}; the principal is recorded as actor.
     *
     * @param by the archivist
     * @param material the material, with a passed review
     * @return the filed material
     * @throws AccessDeniedException when filing it is denied, including an unknown material
     *     ({@code UNKNOWN_MATERIAL}); nothing changed
     */
    Material fileAccepted(PrincipalId by, MaterialId material);

    /**
     * Returns a material that failed review to its forming unit (退回), see
     * {@link io.dangan.archive.filing.FilingService#returnToSource}; the principal is recorded as actor.
     *
     * @param by the archivist
     * @param material the material
     * @return the notice for the forming unit
     * @throws AccessDeniedException when filing work on it is denied, including an unknown material
     *     ({@code UNKNOWN_MATERIAL}); nothing changed
     */
    ReturnNotice returnToSource(PrincipalId by, MaterialId material);

    /**
     * Seals the newly filed materials of a dossier (封印), see {@link io.dangan.archive.seal.SealService#seal}.
     * Decided as {@link Action#FILE}: sealing is the last step of filing and only appends.
     *
     * @param by the archivist
     * @param dossier the dossier
     * @return the new (or unchanged latest) seal
     * @throws AccessDeniedException when denied; no seal was made
     * @throws IllegalStateException when the archive has no signing key
     */
    Seal seal(PrincipalId by, DossierId dossier);

    /**
     * Records an explicit amendment of sealed materials (更正), see {@link io.dangan.archive.seal.SealService#amend}.
     * Decided as {@link Action#AMEND}.
     *
     * @param by the archivist
     * @param dossier the dossier
     * @param materials the sealed materials concerned
     * @param reason why, 1-500 characters
     * @return the amendment seal
     * @throws AccessDeniedException when denied; no seal was made
     * @throws IllegalStateException when the archive has no signing key
     */
    Seal amend(PrincipalId by, DossierId dossier, Collection<MaterialId> materials, String reason);

    /**
     * Queries the audit log (查阅审计日志), see {@link io.dangan.archive.audit.AuditLog#query}. The permit of this
     * very read is in the log before the query runs, so it is among the results when the filter matches it.
     *
     * @param by the audit administrator
     * @param query the filter
     * @return matching records in sequence order
     * @throws AccessDeniedException when denied (anybody but the audit administrator under the baseline)
     * @throws IllegalStateException when no audit log was given
     */
    List<AuditRecord> queryAudit(PrincipalId by, AuditQuery query);

    /**
     * Exports the whole audit log as JSON lines, see {@link io.dangan.archive.audit.AuditLog#exportJsonLines}.
     *
     * @param by the audit administrator
     * @param out where to write (not closed)
     * @throws AccessDeniedException when denied; nothing was written
     * @throws IOException when writing fails
     * @throws IllegalStateException when no audit log was given
     */
    void exportAudit(PrincipalId by, Writer out) throws IOException;

    /**
     * Proves one audit record in a checkpointed tree, see {@link io.dangan.archive.audit.AuditLog#inclusionProof}.
     *
     * @param by the audit administrator
     * @param sequence the record, 1-based
     * @param treeSize the tree size (a checkpoint's)
     * @return the proof
     * @throws AccessDeniedException when denied
     * @throws IllegalStateException when no audit log was given
     */
    InclusionProof auditInclusionProof(PrincipalId by, long sequence, long treeSize);

    /**
     * Proves that a later state of the audit log extends an earlier one, see
     * {@link io.dangan.archive.audit.AuditLog#consistencyProof}.
     *
     * @param by the audit administrator
     * @param firstSize the earlier tree size
     * @param secondSize the later tree size
     * @return the proof
     * @throws AccessDeniedException when denied
     * @throws IllegalStateException when no audit log was given
     */
    ConsistencyProof auditConsistencyProof(PrincipalId by, long firstSize, long secondSize);

    /**
     * A permitted content read (受控读取): the stream of one content file, opened after the read was decided and
     * audited, with the material, the file and the permitting decision. Reads pass straight through to the content
     * store's verifying stream, whose final read throws {@link io.dangan.archive.IntegrityException} with code
     * {@code CONTENT_CORRUPT} when the bytes do not hash to their address. Not thread-safe, like any stream; close it.
     */
    final class ContentReading extends FilterInputStream {
        private final Material material;
        private final ContentRef file;
        private final Decision decision;

        /**
         * @param material the material read
         * @param file the content file read
         * @param decision the permitting decision
         * @param content the open content stream, closed with this one
         * @throws IllegalArgumentException when the decision is not a permit
         */
        public ContentReading(Material material, ContentRef file, Decision decision, InputStream content) {
            super(permitted(decision, content));
            this.material = Objects.requireNonNull(material, "material");
            this.file = Objects.requireNonNull(file, "file");
            this.decision = decision;
        }

        private static InputStream permitted(Decision decision, InputStream content) {
            Objects.requireNonNull(content, "content");
            if (!Objects.requireNonNull(decision, "decision").permitted()) {
                throw new IllegalArgumentException("a denial opens no content: " + decision.summary());
            }
            return content;
        }

        /** @return the material the file belongs to */
        public Material material() {
            return material;
        }

        /** @return the content file being read */
        public ContentRef file() {
            return file;
        }

        /** @return the permitting decision, whose obligations (watermark, supervision, register) the caller fulfils */
        public Decision decision() {
            return decision;
        }
    }
}
