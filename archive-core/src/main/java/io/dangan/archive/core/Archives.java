package io.dangan.archive.core;

import io.dangan.archive.audit.EventSink;
import io.dangan.archive.core.hardware.GateControl;
import io.dangan.archive.core.hardware.HardwareTagRegistry;
import io.dangan.archive.core.hardware.LocationTracker;
import io.dangan.archive.environment.AlertStore;
import io.dangan.archive.environment.EnvironmentProfile;
import io.dangan.archive.environment.EnvironmentProfiles;
import io.dangan.archive.filing.StandardRegistry;
import io.dangan.archive.core.internal.dossier.DefaultDossierService;
import io.dangan.archive.core.internal.seal.DefaultSealService;
import io.dangan.archive.core.internal.seal.SealSettings;
import io.dangan.archive.crypto.KeyProvider;
import io.dangan.archive.crypto.PublicKeyInfo;
import io.dangan.archive.crypto.Signer;
import io.dangan.archive.crypto.TimestampAuthority;
import io.dangan.archive.inventory.CustodyStatus;
import io.dangan.archive.inventory.TagBindingStore;
import io.dangan.archive.model.DigestAlgorithm;
import io.dangan.archive.rfid.epc.TagCodeScheme;
import io.dangan.archive.seal.SealService;
import io.dangan.archive.store.ArchiveStore;
import io.dangan.archive.store.ContentStore;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Builds an {@link Archive} without any dependency-injection framework:
 *
 * <pre>{@code
 * Archive archive = Archives.builder()
 *         .clock(clock)
 *         .store(JpaStores.store(entityManagerFactory))
 *         .events(auditLog)
 *         .tagCodes(TagCodeScheme.gdti96("6901234", "00001", 0), 1)       // optional: the hardware side
 *         .exitGates(Map.of("exit-gate", Set.of("door-1")))
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
        private StandardRegistry standards = FilingStandards.shipped();
        private @Nullable TagCodeScheme tagScheme;
        private long firstSerial;
        private Map<String, EnvironmentProfile> profiles = EnvironmentProfiles.defaults();
        private int missedIntervals = 3;
        private Map<String, Set<String>> exitGates = Map.of();
        private @Nullable CustodyStatus custody;
        private int expectedTags = 1_024;
        private @Nullable TagBindingStore tagBindings;
        private @Nullable AlertStore alerts;

        private Builder() {
        }

        /**
         * Sets the archive's tag code scheme (标签编码方案), which enables {@link Archive#tagRegistry()},
         * {@link Archive#locationTracker()} and {@link Archive#gateControl()}.
         *
         * @param scheme the scheme, e.g. {@code TagCodeScheme.gdti96(companyPrefix, "00001", 0)}
         * @param firstSerial the first serial the registry issues, 0 to the scheme's maximum
         * @return this builder
         * @throws IllegalArgumentException when the first serial is negative or beyond the scheme's maximum
         */
        public Builder tagCodes(TagCodeScheme scheme, long firstSerial) {
            Objects.requireNonNull(scheme, "scheme");
            if (firstSerial < 0 || firstSerial > scheme.maxSerial()) {
                throw new IllegalArgumentException("first serial " + firstSerial + " is outside 0.."
                        + scheme.maxSerial() + " of tag scheme " + scheme.id());
            }
            this.tagScheme = scheme;
            this.firstSerial = firstSerial;
            return this;
        }

        /**
         * Sets where the tag registry keeps its bindings (标签绑定), e.g. {@code JpaStores.tagBindings(factory)}, so
         * issued codes and the serial counter survive a restart; by default they are kept in memory.
         *
         * @param value the store
         * @return this builder
         */
        public Builder tagBindings(TagBindingStore value) {
            this.tagBindings = Objects.requireNonNull(value, "tagBindings");
            return this;
        }

        /**
         * Sets where the environment monitor records its alerts and their changes (告警记录), e.g.
         * {@code JpaStores.alerts(factory)}; open alerts are reloaded when the archive is built. By default only the
         * open alerts are kept, in memory.
         *
         * @param value the store
         * @return this builder
         */
        public Builder alerts(AlertStore value) {
            this.alerts = Objects.requireNonNull(value, "alerts");
            return this;
        }

        /**
         * @param value the environment profile table per room type (default {@link EnvironmentProfiles#defaults()})
         * @return this builder
         * @throws IllegalArgumentException when the table is empty
         */
        public Builder environmentProfiles(Map<String, EnvironmentProfile> value) {
            Map<String, EnvironmentProfile> copy = Map.copyOf(Objects.requireNonNull(value, "environmentProfiles"));
            if (copy.isEmpty()) {
                throw new IllegalArgumentException("the environment profile table is empty");
            }
            this.profiles = copy;
            return this;
        }

        /**
         * @param missedIntervals expected reporting intervals of silence before a sensor is offline (default 3)
         * @return this builder
         * @throws IllegalArgumentException when below 1
         */
        public Builder sensorOfflineAfter(int missedIntervals) {
            if (missedIntervals < 1) {
                throw new IllegalArgumentException("missedIntervals " + missedIntervals + " is below 1");
            }
            this.missedIntervals = missedIntervals;
            return this;
        }

        /**
         * @param doorsByGate each exit gate's antenna alias and the ids of the doors it watches (default: none, so
         *     no read raises an alarm); a gate may watch no door
         * @return this builder
         * @throws IllegalArgumentException when a gate alias or a door id is blank
         */
        public Builder exitGates(Map<String, Set<String>> doorsByGate) {
            Objects.requireNonNull(doorsByGate, "doorsByGate");
            Map<String, Set<String>> copy = new LinkedHashMap<>();
            doorsByGate.forEach((gate, doors) -> {
                if (Objects.requireNonNull(gate, "gate").isBlank()) {
                    throw new IllegalArgumentException("an exit gate's antenna alias is blank");
                }
                Set<String> ds = Set.copyOf(Objects.requireNonNull(doors, "doors of " + gate));
                if (ds.stream().anyMatch(String::isBlank)) {
                    throw new IllegalArgumentException("exit gate " + gate + " names a blank door id");
                }
                copy.put(gate, ds);
            });
            this.exitGates = Map.copyOf(copy);
            return this;
        }

        /**
         * Sets where the gate and the inventory learn whether a dossier is on an active loan or transfer. The SDK
         * has no borrowing or transfer service yet, so by default the archive reads the dossier's status in its
         * store ({@link Hardware#custodyFromStore}: {@code ON_LOAN} and {@code IN_TRANSFER} may leave). An integrator
         * whose loans and transfers live in its own system passes a lookup into that system here, e.g. one that
         * asks the loan register first and falls back to {@code Hardware.custodyFromStore(store)}.
         *
         * @param value the custody status; must be thread-safe (readers call it on their dispatcher threads)
         * @return this builder
         */
        public Builder custody(CustodyStatus value) {
            this.custody = Objects.requireNonNull(value, "custody");
            return this;
        }

        /**
         * @param value how many tags the archive's location tracker should expect (a capacity hint, default 1,024;
         *     the table grows beyond it)
         * @return this builder
         * @throws IllegalArgumentException when negative
         */
        public Builder expectedTags(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("expected tags " + value + " is negative");
            }
            this.expectedTags = value;
            return this;
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
        public Builder standards(StandardRegistry value) {
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
                    contents, Filing.of(clock, store, events, standards), hardware(store));
        }

        /** The hardware services through {@link Hardware}'s factories, sharing the clock, sink and custody. */
        private Archive.HardwareServices hardware(ArchiveStore store) {
            CustodyStatus c = custody != null ? custody : Hardware.custodyFromStore(store);
            HardwareTagRegistry tags = null;
            LocationTracker locations = null;
            GateControl gate = null;
            if (tagScheme != null) {
                tags = tagBindings == null ? Hardware.tagRegistry(tagScheme, firstSerial, clock, events)
                        : Hardware.tagRegistry(tagScheme, firstSerial, clock, events, tagBindings);
                locations = Hardware.locationTracker(tags, c, events, expectedTags);
                gate = Hardware.gateControl(exitGates, tags, c, events);
            }
            return new Archive.HardwareServices(c, tags, locations, gate, alerts == null
                    ? Hardware.environmentMonitor(profiles, missedIntervals, clock, events)
                    : Hardware.environmentMonitor(profiles, missedIntervals, clock, events, alerts));
        }
    }
}
