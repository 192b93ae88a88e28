package io.dangan.archive.core;

import io.dangan.archive.audit.EventSink;
import io.dangan.archive.core.internal.filing.DefaultCompletenessEngine;
import io.dangan.archive.core.internal.filing.DefaultFilingAuditService;
import io.dangan.archive.core.internal.filing.DefaultFilingService;
import io.dangan.archive.core.internal.filing.StandardSet;
import io.dangan.archive.filing.CompletenessEngine;
import io.dangan.archive.filing.FilingAuditService;
import io.dangan.archive.filing.FilingService;
import io.dangan.archive.filing.FilingStandard;
import io.dangan.archive.filing.StandardRegistry;
import io.dangan.archive.store.ArchiveStore;
import java.time.Clock;
import java.util.Objects;

/**
 * The filing services (归档) over one store: the workflow (register, review, file or return, catalogue) and
 * the audits (completeness, missing-materials register, migration, special audit).
 *
 * <pre>{@code
 * Filing filing = Filing.of(clock, store, events, FilingStandards.shipped());
 * filing.service().register(request);
 * CompletenessReport report = filing.audits().auditCompleteness(dossierId, LocalDate.now(clock));
 * }</pre>
 *
 * @param service the workflow
 * @param audits the audits
 */
public record Filing(FilingService service, FilingAuditService audits) {
    public Filing {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(audits, "audits");
    }

    /**
     * The completeness audit as a pure engine over values, for data outside a store.
     *
     * @param standard the standard to audit against
     * @return the engine; thread-safe
     */
    public static CompletenessEngine completenessEngine(
            FilingStandard standard) {
        return new DefaultCompletenessEngine(standard);
    }

    /**
     * Wires the filing services.
     *
     * @param clock the archive's clock
     * @param store the metadata store
     * @param events the event sink
     * @param standards the filing standards, e.g. {@link FilingStandards#shipped()}
     * @return the services; thread-safe
     */
    public static Filing of(Clock clock, ArchiveStore store, EventSink events, StandardRegistry standards) {
        StandardSet set = new StandardSet(standards);
        return new Filing(new DefaultFilingService(clock, store, events, set),
                new DefaultFilingAuditService(clock, store, events, set));
    }
}
