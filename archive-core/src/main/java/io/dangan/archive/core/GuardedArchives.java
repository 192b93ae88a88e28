package io.dangan.archive.core;

import io.dangan.archive.access.AccessControl;
import io.dangan.archive.access.AccessGuard;
import io.dangan.archive.access.ApprovalService;
import io.dangan.archive.access.Classification;
import io.dangan.archive.access.GuardedArchive;
import io.dangan.archive.audit.AuditLog;
import io.dangan.archive.core.internal.access.DefaultGuardedArchive;
import io.dangan.archive.core.internal.access.DefaultGuardedDossiers;
import io.dangan.archive.model.Material;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Wraps an {@link Archive} so that a host acts for its users through the access policy (受控档案库): every content
 * read and every state change of the {@link GuardedArchive} is decided, audited, and refused with an
 * {@link io.dangan.archive.access.AccessDeniedException} when denied.
 *
 * <pre>{@code
 * AccessControl control = Access.decisionPoint(directory, AccessPolicy.baseline(), auditLog);
 * GuardedArchive guarded = GuardedArchives.builder(archive, control, Access.guard(control, auditLog))
 *         .labels(m -> m.category().classNumber() == 8 ? Classification.SECRET : Classification.INTERNAL)
 *         .auditLog(auditLog)
 *         .build();
 * try (GuardedArchive.ContentReading scan = guarded.openContent(reader, material, "干部履历表.pdf", Action.VIEW,
 *         approval, "appointment")) {
 *     scan.transferTo(response);          // watermark as scan.decision().obligations() say
 * }
 * }</pre>
 *
 * <p>The host keeps using the {@link Archive} itself for work no user asks for (set-up, batch verification);
 * whatever a user asks for goes through the guarded archive. The example above runs in the core tests.
 */
public final class GuardedArchives {
    private GuardedArchives() {
    }

    /**
     * Starts a guarded archive.
     *
     * @param archive the archive whose services are guarded
     * @param control the decision point; it also filters the materials of a permitted dossier view, quietly
     * @param guard the guard every operation asks first; its sink should be the audit log
     * @return a builder; not thread-safe
     */
    public static Builder builder(Archive archive, AccessControl control, AccessGuard guard) {
        return new Builder(archive, control, guard);
    }

    /** Collects the parts of a guarded archive; each setter validates its argument at once. */
    public static final class Builder {
        private final Archive archive;
        private final AccessControl control;
        private final AccessGuard guard;
        private @Nullable Function<Material, Classification> labels;
        private @Nullable AuditLog auditLog;
        private @Nullable ApprovalService approvals;

        private Builder(Archive archive, AccessControl control, AccessGuard guard) {
            this.archive = Objects.requireNonNull(archive, "archive");
            this.control = Objects.requireNonNull(control, "control");
            this.guard = Objects.requireNonNull(guard, "guard");
        }

        /**
         * Sets how each material's sensitivity label (密级) is found; required, since the label decides against the
         * reader's clearance.
         *
         * @param value the label of a material, e.g. by class; must not return {@code null} and must be thread-safe
         * @return this builder
         */
        public Builder labels(Function<Material, Classification> value) {
            this.labels = Objects.requireNonNull(value, "labels");
            return this;
        }

        /**
         * Sets the audit log the audit administrator reads through the guarded archive (default: none, and the audit
         * reads throw {@link IllegalStateException}).
         *
         * @param value the audit log
         * @return this builder
         */
        public Builder auditLog(AuditLog value) {
            this.auditLog = Objects.requireNonNull(value, "auditLog");
            return this;
        }

        /**
         * Sets the approval workflow (审批流程) through which {@link GuardedArchive#authorise} spends the single-use
         * approvals of transfers and destructions (default: none, and authorising those throws
         * {@link IllegalStateException}). It must work on the approvals the decision point's directory sees.
         *
         * @param value the approval service, e.g. {@link Access#approvals}
         * @return this builder
         */
        public Builder approvals(ApprovalService value) {
            this.approvals = Objects.requireNonNull(value, "approvals");
            return this;
        }

        /**
         * @return the guarded archive; thread-safe
         * @throws IllegalStateException when no labels were given
         */
        public GuardedArchive build() {
            Function<Material, Classification> l = labels;
            if (l == null) {
                throw new IllegalStateException("a guarded archive needs material labels: call labels(...) before build()");
            }
            return new DefaultGuardedArchive(
                    new DefaultGuardedDossiers(archive.dossiers(), guard, control, l, archive.clock()),
                    archive.store(), archive.filing().service(), archive::seals, archive.contentStore().orElse(null),
                    auditLog, approvals, guard, l, archive.clock());
        }
    }
}
