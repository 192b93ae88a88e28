package io.dangan.archive.core.internal.dossier;

import io.dangan.archive.ErrorCode;
import io.dangan.archive.InvalidInputException;
import io.dangan.archive.NotFoundException;
import io.dangan.archive.audit.EventSink;
import io.dangan.archive.dossier.DossierOpened;
import io.dangan.archive.dossier.DossierService;
import io.dangan.archive.dossier.DossierView;
import io.dangan.archive.dossier.MaterialRecorded;
import io.dangan.archive.dossier.SubjectRegistered;
import io.dangan.archive.dossier.UnitRegistered;
import io.dangan.archive.model.Dossier;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.Material;
import io.dangan.archive.model.Subject;
import io.dangan.archive.model.SubjectId;
import io.dangan.archive.model.Unit;
import io.dangan.archive.model.UnitId;
import io.dangan.archive.store.ArchiveStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The store-backed {@link DossierService}. Thread-safe (the store serialises its transactions). */
public final class DefaultDossierService implements DossierService {
    static final String SYSTEM = "system";

    private final Clock clock;
    private final ArchiveStore store;
    private final EventSink events;

    /**
     * @param clock the archive's clock, for "not in the future" checks and event times
     * @param store the metadata store
     * @param events where events go after each commit
     */
    public DefaultDossierService(Clock clock, ArchiveStore store, EventSink events) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.store = Objects.requireNonNull(store, "store");
        this.events = Objects.requireNonNull(events, "events");
    }

    @Override
    public Unit registerUnit(Unit unit) {
        Unit stored = store.write(s -> s.units().insert(unit));
        events.emit(new UnitRegistered(clock.instant(), SYSTEM, stored.id(), stored.name()));
        return stored;
    }

    @Override
    public Subject registerSubject(Subject subject) {
        LocalDate today = LocalDate.now(clock);
        String where = "subject " + subject.id();
        notFuture(subject.birthDate(), today, where + "/birthDate");
        notFuture(subject.workStartDate(), today, where + "/workStartDate");
        notFuture(subject.partyJoinDate(), today, where + "/partyJoinDate");
        Subject stored = store.write(s -> s.subjects().insert(subject));
        events.emit(new SubjectRegistered(clock.instant(), SYSTEM, stored.id(), stored.citizenId().masked()));
        return stored;
    }

    @Override
    public Dossier openDossier(DossierId id, SubjectId subject, UnitId custodian) {
        Dossier stored = store.write(s -> s.dossiers().insert(Dossier.open(id, subject, custodian)));
        events.emit(new DossierOpened(clock.instant(), SYSTEM, stored.id(), stored.subject(), stored.custodian()));
        return stored;
    }

    @Override
    public Material recordMaterial(Material material) {
        LocalDate today = LocalDate.now(clock);
        String where = "material " + material.id();
        notFuture(material.formedDate(), today, where + "/formedDate");
        notFuture(material.receivedDate(), today, where + "/receivedDate");
        Material stored = store.write(s -> {
            Dossier dossier = s.dossiers().find(material.dossier()).orElseThrow(() -> new NotFoundException(
                    ErrorCode.NOT_FOUND, where + "/dossier",
                    "material %s names dossier %s, which does not exist".formatted(material.id(), material.dossier())));
            Subject subject = s.subjects().find(dossier.subject()).orElseThrow(() -> new NotFoundException(
                    ErrorCode.NOT_FOUND, "dossier " + dossier.id() + "/subject",
                    "dossier %s names subject %s, which does not exist".formatted(dossier.id(), dossier.subject())));
            if (material.formedDate().isBefore(subject.birthDate())) {
                throw new InvalidInputException(ErrorCode.DATE_ORDER, where + "/formedDate",
                        "material %s was formed %s, before its subject %s was born %s".formatted(
                                material.id(), material.formedDate(), subject.id(), subject.birthDate()));
            }
            return s.materials().insert(material);
        });
        events.emit(new MaterialRecorded(clock.instant(), SYSTEM, stored.dossier(), stored.id(),
                stored.category().code(), stored.title()));
        return stored;
    }

    @Override
    public Optional<DossierView> view(DossierId id) {
        return store.read(s -> s.dossiers().find(id).map(d -> new DossierView(d,
                s.subjects().find(d.subject()).orElseThrow(() -> new NotFoundException(ErrorCode.NOT_FOUND,
                        "dossier " + id + "/subject", "dossier %s names subject %s, which does not exist"
                                .formatted(id, d.subject()))),
                s.materials().findByDossier(id))));
    }

    private static void notFuture(@Nullable LocalDate date, LocalDate today, String where) {
        if (date != null && date.isAfter(today)) {
            throw new InvalidInputException(ErrorCode.DATE_IN_FUTURE, where,
                    "%s is %s, after today %s".formatted(where, date, today));
        }
    }
}
