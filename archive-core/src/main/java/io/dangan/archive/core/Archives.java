package io.dangan.archive.core;

import io.dangan.archive.audit.EventSink;
import io.dangan.archive.core.internal.dossier.DefaultDossierService;
import io.dangan.archive.store.ArchiveStore;
import java.time.Clock;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Builds an {@link Archive} without any dependency-injection framework:
 *
 * <pre>{@code
 * Archive archive = Archives.builder()
 *         .clock(clock)
 *         .store(JpaStores.store(entityManagerFactory))
 *         .events(auditLog)
 *         .build();
 * }</pre>
 */
public final class Archives {
    private Archives() {
    }

    /** @return a new builder; not thread-safe */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parts of an archive; each setter validates its argument at once. */
    public static final class Builder {
        private Clock clock = Clock.systemDefaultZone();
        private @Nullable ArchiveStore store;
        private EventSink events = EventSink.discarding();

        private Builder() {
        }

        /**
         * @param value the clock every service reads (default: the system clock)
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * @param value the metadata store (required)
         * @return this builder
         */
        public Builder store(ArchiveStore value) {
            this.store = Objects.requireNonNull(value, "store");
            return this;
        }

        /**
         * @param value the sink for domain events (default: discard; use the audit log in production)
         * @return this builder
         */
        public Builder events(EventSink value) {
            this.events = Objects.requireNonNull(value, "events");
            return this;
        }

        /**
         * @return the wired archive
         * @throws IllegalStateException when no store was given
         */
        public Archive build() {
            if (store == null) {
                throw new IllegalStateException("an archive needs a store: call store(...) before build()");
            }
            return new Archive(clock, store, events, new DefaultDossierService(clock, store, events));
        }
    }
}
