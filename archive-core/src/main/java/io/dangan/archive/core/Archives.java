package io.dangan.archive.core;

import io.dangan.archive.audit.EventSink;
import io.dangan.archive.filing.StandardLibrary;
import io.dangan.archive.core.internal.dossier.DefaultDossierService;
import io.dangan.archive.core.internal.seal.DefaultSealService;
import io.dangan.archive.core.internal.seal.SealSettings;
import io.dangan.archive.crypto.KeyProvider;
import io.dangan.archive.crypto.PublicKeyInfo;
import io.dangan.archive.crypto.Signer;
import io.dangan.archive.crypto.TimestampAuthority;
import io.dangan.archive.model.DigestAlgorithm;
import io.dangan.archive.seal.SealService;
import io.dangan.archive.store.ArchiveStore;
import io.dangan.archive.store.ContentStore;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
        private @Nullable Signer signer;
        private DigestAlgorithm sealDigest = DigestAlgorithm.SM3;
        private final List<PublicKeyInfo> trustedKeys = new ArrayList<>();
        private @Nullable TimestampAuthority timestamps;
        private final List<X509Certificate> timestampCertificates = new ArrayList<>();
        private boolean requireTimestamps;
        private @Nullable ContentStore contents;
        private StandardLibrary standards = FilingStandards.shipped();

        private Builder() {
        }

        /**
         * Sets the key that signs seals (封印签名密钥), SM2 by default in the national-algorithm setting.
         *
         * @param provider the key provider (PKCS#12 file, HSM, memory)
         * @param alias the signing key's alias in the provider
         * @return this builder
         * @throws io.dangan.archive.NotFoundException with code {@code KEY_NOT_FOUND} when the provider has no such key
         */
        public Builder keys(KeyProvider provider, String alias) {
            Objects.requireNonNull(provider, "provider");
            Objects.requireNonNull(alias, "alias");
            this.signer = provider.signer(alias);
            return this;
        }

        /**
         * Trusts further keys when verifying seals: the archive's earlier keys after a key rotation. The signing
         * key is always trusted.
         *
         * @param keys the public keys
         * @return this builder
         */
        public Builder trustKeys(PublicKeyInfo... keys) {
            for (PublicKeyInfo k : keys) {
                trustedKeys.add(Objects.requireNonNull(k, "key"));
            }
            return this;
        }

        /**
         * @param value the digest algorithm of new seal chains (default SM3); existing chains keep theirs
         * @return this builder
         */
        public Builder sealDigest(DigestAlgorithm value) {
            this.sealDigest = Objects.requireNonNull(value, "sealDigest");
            return this;
        }

        /**
         * Stamps every new seal through an RFC 3161 timestamp authority (时间戳服务) and verifies tokens against the
         * given authority certificates.
         *
         * @param authority the authority to ask
         * @param required whether a seal without a token is a verification finding
         * @param certificates the certificates whose tokens verify (the authority's, and earlier ones)
         * @return this builder
         */
        public Builder timestamps(TimestampAuthority authority, boolean required, X509Certificate... certificates) {
            this.timestamps = Objects.requireNonNull(authority, "authority");
            this.requireTimestamps = required;
            timestampCertificates.addAll(Arrays.asList(certificates));
            return this;
        }

        /**
         * @param value the content store holding materials' files (default: none; seal verification then checks
         *     metadata and seals only, not the files' bytes)
         * @return this builder
         */
        public Builder contentStore(ContentStore value) {
            this.contents = Objects.requireNonNull(value, "contentStore");
            return this;
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
         * @param value the filing standards the archive files and audits against (default:
         *     {@link FilingStandards#shipped()}, the 2009 and 2018 cadre standards); load a local 细则 with
         *     {@link FilingStandards#load}
         * @return this builder
         */
        public Builder standards(StandardLibrary value) {
            this.standards = Objects.requireNonNull(value, "standards");
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
            SealService seals = null;
            if (signer != null) {
                SealSettings settings = new SealSettings(sealDigest, signer, trustedKeys, timestamps,
                        timestampCertificates, requireTimestamps);
                seals = new DefaultSealService(clock, store, events, settings, contents);
            }
            return new Archive(clock, store, events, new DefaultDossierService(clock, store, events), seals,
                    contents, Filing.of(clock, store, events, standards));
        }
    }
}
