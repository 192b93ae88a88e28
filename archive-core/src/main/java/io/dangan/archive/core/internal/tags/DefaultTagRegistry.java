package io.dangan.archive.core.internal.tags;

import io.dangan.archive.ConflictException;
import io.dangan.archive.ErrorCode;
import io.dangan.archive.NotFoundException;
import io.dangan.archive.audit.EventSink;
import io.dangan.archive.core.hardware.HardwareTagRegistry;
import io.dangan.archive.inventory.TagBinding;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** In-memory tag registry issuing codes from a {@link TagCodeScheme}; see {@link io.dangan.archive.inventory.TagRegistry}. */
public final class DefaultTagRegistry implements HardwareTagRegistry {
    private final TagCodeScheme scheme;
    private final Clock clock;
    private final EventSink events;
    private long nextSerial;
    private final Map<DossierId, TagBinding> active = new HashMap<>();
    private final Map<TagCode, TagBinding> byCode = new HashMap<>();
    private final Map<DossierId, List<TagBinding>> history = new HashMap<>();

    /**
     * @param scheme the archive's code scheme
     * @param firstSerial the first serial to issue (continue after the highest one already in use)
     * @param clock the clock
     * @param events the event sink
     */
    public DefaultTagRegistry(TagCodeScheme scheme, long firstSerial, Clock clock, EventSink events) {
        this.scheme = Objects.requireNonNull(scheme, "scheme");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.events = Objects.requireNonNull(events, "events");
        if (firstSerial < 0) {
            throw new IllegalArgumentException("first serial " + firstSerial + " is negative");
        }
        this.nextSerial = firstSerial;
    }

    @Override
    public synchronized TagBinding issue(DossierId dossier, String actor) {
        TagBinding existing = active.get(dossier);
        if (existing != null) {
            throw new ConflictException(ErrorCode.TAG_ALREADY_BOUND, dossier.value(),
                    "dossier " + dossier + " already has active tag " + existing.code());
        }
        TagBinding b = newBinding(dossier);
        events.emit(new TagChanged(b.issuedAt(), actor, dossier, TagChanged.Change.ISSUED, b.code(), ""));
        return b;
    }

    private TagBinding newBinding(DossierId dossier) {
        if (nextSerial > scheme.maxSerial()) {
            throw new ConflictException(ErrorCode.TAG_SERIALS_EXHAUSTED, scheme.id(),
                    "tag scheme " + scheme.id() + " has no serial left after " + scheme.maxSerial());
        }
        long serial = nextSerial++;
        TagCode code = new TagCode(scheme.encode(serial).hex());
        TagBinding b = new TagBinding(dossier, code, scheme.id(), serial, TagStatus.ACTIVE, clock.instant(), null, null);
        active.put(dossier, b);
        byCode.put(code, b);
        history.computeIfAbsent(dossier, d -> new ArrayList<>()).add(b);
        return b;
    }

    private TagBinding requireActive(DossierId dossier, String operation) {
        TagBinding b = active.get(dossier);
        if (b == null) {
            throw new NotFoundException(ErrorCode.TAG_NOT_BOUND, dossier.value(),
                    "dossier " + dossier + " has no active tag to " + operation);
        }
        return b;
    }

    private void end(TagBinding old, TagStatus status, Instant at, String reason) {
        TagBinding ended = old.end(status, at, reason);
        active.remove(old.dossier());
        byCode.put(old.code(), ended);
        List<TagBinding> h = history.get(old.dossier());
        h.set(h.size() - 1, ended);
    }

    @Override
    public synchronized TagBinding reissue(DossierId dossier, String reason, String actor) {
        TagBinding old = requireActive(dossier, "re-issue");
        Instant now = clock.instant();
        end(old, TagStatus.REPLACED, now, reason);
        TagBinding b = newBinding(dossier);
        events.emit(new TagChanged(now, actor, dossier, TagChanged.Change.REISSUED, b.code(),
                "replaces " + old.code() + ": " + reason));
        return b;
    }

    @Override
    public synchronized TagBinding retire(DossierId dossier, String reason, String actor) {
        TagBinding old = requireActive(dossier, "retire");
        Instant now = clock.instant();
        end(old, TagStatus.RETIRED, now, reason);
        events.emit(new TagChanged(now, actor, dossier, TagChanged.Change.RETIRED, old.code(), reason));
        return byCode.get(old.code());
    }

    @Override
    public synchronized Optional<TagBinding> active(DossierId dossier) {
        return Optional.ofNullable(active.get(dossier));
    }

    @Override
    public synchronized Optional<TagBinding> byCode(TagCode code) {
        return Optional.ofNullable(byCode.get(code));
    }

    @Override
    public synchronized List<TagBinding> history(DossierId dossier) {
        return List.copyOf(history.getOrDefault(dossier, List.of()));
    }

    @Override
    public TagBinding write(DossierId dossier, TagReader reader, TagId current, String actor) {
        TagBinding b;
        synchronized (this) {
            b = requireActive(dossier, "write");
        }
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
