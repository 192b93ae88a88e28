package io.dangan.archive.core.internal.tags;

import io.dangan.archive.ConflictException;
import io.dangan.archive.ErrorCode;
import io.dangan.archive.InvalidInputException;
import io.dangan.archive.NotFoundException;
import io.dangan.archive.audit.EventSink;
import io.dangan.archive.core.hardware.HardwareTagRegistry;
import io.dangan.archive.inventory.TagBinding;
import io.dangan.archive.inventory.TagBindingStore;
import io.dangan.archive.inventory.TagChanged;
import io.dangan.archive.inventory.TagCode;
import io.dangan.archive.inventory.TagStatus;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.rfid.epc.TagCodeScheme;
import io.dangan.archive.rfid.spi.Capability;
import io.dangan.archive.rfid.spi.HardwareException;
import io.dangan.archive.rfid.spi.TagId;
import io.dangan.archive.rfid.spi.TagReader;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * The tag registry (标签登记) issuing codes from a {@link TagCodeScheme} and keeping the bindings in a
 * {@link TagBindingStore}; see {@link io.dangan.archive.inventory.TagRegistry}. Issuing, re-issuing and retiring are
 * each one store step (one transaction in a database store), and the event is emitted only once the step is kept.
 * The next serial continues after the highest one the store holds for the scheme, so a registry opened again over
 * the same store never issues a code twice; should another registry over the same store take a serial first, the
 * store refuses the duplicate code and this registry moves past it. Thread-safe: changes are serialised.
 */
public final class DefaultTagRegistry implements HardwareTagRegistry {
    /** The longest reason kept with an ended binding, in characters. */
    static final int MAX_REASON = 500;
    /** Attempts at issuing when another registry over the same store took the serial first. */
    private static final int ATTEMPTS = 3;

    private final TagCodeScheme scheme;
    private final Clock clock;
    private final EventSink events;
    private final TagBindingStore store;
    private long nextSerial;

    /**
     * A registry over bindings held in memory.
     *
     * @param scheme the archive's code scheme
     * @param firstSerial the first serial to issue (continue after the highest one already in use)
     * @param clock the clock
     * @param events the event sink
     */
    public DefaultTagRegistry(TagCodeScheme scheme, long firstSerial, Clock clock, EventSink events) {
        this(scheme, firstSerial, clock, events, new MemoryTagBindingStore());
    }

    /**
     * A registry over a store; the first serial issued is {@code firstSerial} or, when the store holds higher ones
     * for the scheme, the one after the highest.
     *
     * @param scheme the archive's code scheme
     * @param firstSerial the lowest serial to issue
     * @param clock the clock
     * @param events the event sink
     * @param store where the bindings live
     */
    public DefaultTagRegistry(TagCodeScheme scheme, long firstSerial, Clock clock, EventSink events,
            TagBindingStore store) {
        this.scheme = Objects.requireNonNull(scheme, "scheme");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.events = Objects.requireNonNull(events, "events");
        this.store = Objects.requireNonNull(store, "store");
        if (firstSerial < 0) {
            throw new IllegalArgumentException("first serial " + firstSerial + " is negative");
        }
        this.nextSerial = firstSerial;
        continueAfterStored();
    }

    private void continueAfterStored() {
        OptionalLong highest = store.highestSerial(scheme.id());
        if (highest.isPresent() && highest.getAsLong() >= nextSerial) {
            nextSerial = highest.getAsLong() + 1;
        }
    }

    @Override
    public synchronized TagBinding issue(DossierId dossier, String actor) {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(actor, "actor");
        Optional<TagBinding> existing = store.active(dossier);
        if (existing.isPresent()) {
            throw new ConflictException(ErrorCode.TAG_ALREADY_BOUND, dossier.value(),
                    "dossier " + dossier + " already has active tag " + existing.get().code());
        }
        TagBinding b = issueNext(dossier, clock.instant(), store::issue);
        events.emit(new TagChanged(b.issuedAt(), actor, dossier, TagChanged.Change.ISSUED, b.code(), ""));
        return b;
    }

    /**
     * Builds the binding with the next serial and has {@code write} store it; the serial is used up only when it is
     * stored. A code another registry stored first moves the serial past the store's highest and tries again.
     */
    private TagBinding issueNext(DossierId dossier, Instant at, Consumer<TagBinding> write) {
        for (int attempt = 1; ; attempt++) {
            if (nextSerial > scheme.maxSerial()) {
                throw new ConflictException(ErrorCode.TAG_SERIALS_EXHAUSTED, scheme.id(),
                        "tag scheme " + scheme.id() + " has no serial left after " + scheme.maxSerial());
            }
            long serial = nextSerial;
            TagCode code = new TagCode(scheme.encode(serial).hex());
            TagBinding b = new TagBinding(dossier, code, scheme.id(), serial, TagStatus.ACTIVE, at, null, null);
            try {
                write.accept(b);
                nextSerial = serial + 1;
                return b;
            } catch (ConflictException e) {
                if (e.code() != ErrorCode.DUPLICATE || attempt == ATTEMPTS) {
                    throw e;
                }
                nextSerial = serial + 1;
                continueAfterStored();
            }
        }
    }

    private TagBinding requireActive(DossierId dossier, String operation) {
        return store.active(dossier).orElseThrow(() -> new NotFoundException(ErrorCode.TAG_NOT_BOUND, dossier.value(),
                "dossier " + dossier + " has no active tag to " + operation));
    }

    private static String checkReason(DossierId dossier, String reason) {
        Objects.requireNonNull(reason, "reason");
        if (reason.length() > MAX_REASON) {
            throw new InvalidInputException(ErrorCode.VALUE_TOO_LONG, dossier.value() + "/reason", "the reason for"
                    + " dossier " + dossier + "'s tag has " + reason.length() + " characters, at most " + MAX_REASON);
        }
        return reason;
    }

    @Override
    public synchronized TagBinding reissue(DossierId dossier, String reason, String actor) {
        checkReason(dossier, reason);
        Objects.requireNonNull(actor, "actor");
        TagBinding old = requireActive(dossier, "re-issue");
        Instant now = clock.instant();
        TagBinding replaced = old.end(TagStatus.REPLACED, now, reason);
        TagBinding b = issueNext(dossier, now, successor -> store.reissue(replaced, successor));
        events.emit(new TagChanged(now, actor, dossier, TagChanged.Change.REISSUED, b.code(),
                "replaces " + old.code() + ": " + reason));
        return b;
    }

    @Override
    public synchronized TagBinding retire(DossierId dossier, String reason, String actor) {
        checkReason(dossier, reason);
        Objects.requireNonNull(actor, "actor");
        TagBinding old = requireActive(dossier, "retire");
        Instant now = clock.instant();
        TagBinding retired = old.end(TagStatus.RETIRED, now, reason);
        store.retire(retired);
        events.emit(new TagChanged(now, actor, dossier, TagChanged.Change.RETIRED, old.code(), reason));
        return retired;
    }

    @Override
    public Optional<TagBinding> active(DossierId dossier) {
        return store.active(dossier);
    }

    @Override
    public Optional<TagBinding> byCode(TagCode code) {
        return store.byCode(code);
    }

    @Override
    public List<TagBinding> history(DossierId dossier) {
        return store.history(dossier);
    }

    @Override
    public TagBinding write(DossierId dossier, TagReader reader, TagId current, String actor) {
        TagBinding b = requireActive(dossier, "write");
        if (!reader.capabilities().contains(Capability.WRITE_EPC)) {
            throw new ConflictException(ErrorCode.TAG_WRITE_FAILED, reader.deviceId(), "reader " + reader.deviceId()
                    + " cannot write tags; write dossier " + dossier + "'s code " + b.code() + " on another reader");
        }
        try {
            reader.writeEpc(current, TagId.epc(b.code().hex()));
        } catch (HardwareException e) {
            throw new ConflictException(ErrorCode.TAG_WRITE_FAILED, reader.deviceId(), "writing code " + b.code()
                    + " of dossier " + dossier + " into tag " + current + " failed: " + e.getMessage(), e);
        }
        events.emit(new TagChanged(clock.instant(), actor, dossier, TagChanged.Change.WRITTEN, b.code(),
                "reader " + reader.deviceId()));
        return b;
    }
}
