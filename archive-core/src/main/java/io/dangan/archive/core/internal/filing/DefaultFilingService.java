package io.dangan.archive.core.internal.filing;

import io.dangan.archive.ConflictException;
import io.dangan.archive.ErrorCode;
import io.dangan.archive.InvalidInputException;
import io.dangan.archive.NotFoundException;
import io.dangan.archive.audit.EventSink;
import io.dangan.archive.filing.Catalogue;
import io.dangan.archive.filing.CatalogueRegenerated;
import io.dangan.archive.filing.CheckResult;
import io.dangan.archive.filing.DeclaredFacts;
import io.dangan.archive.filing.FactSheet;
import io.dangan.archive.filing.FilingService;
import io.dangan.archive.filing.Formalities;
import io.dangan.archive.filing.HandOver;
import io.dangan.archive.filing.HandOverItem;
import io.dangan.archive.filing.HandOverRequest;
import io.dangan.archive.filing.MaterialFiled;
import io.dangan.archive.filing.MaterialReturned;
import io.dangan.archive.filing.MaterialReviewed;
import io.dangan.archive.filing.MaterialType;
import io.dangan.archive.filing.MaterialsReceived;
import io.dangan.archive.filing.ReceivedMaterial;
import io.dangan.archive.filing.ReturnNotice;
import io.dangan.archive.filing.ReviewCheck;
import io.dangan.archive.filing.ReviewInput;
import io.dangan.archive.filing.ReviewRecord;
import io.dangan.archive.model.ContentRef;
import io.dangan.archive.model.Digest;
import io.dangan.archive.model.Dossier;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.Material;
import io.dangan.archive.model.MaterialCategory;
import io.dangan.archive.model.MaterialId;
import io.dangan.archive.model.MaterialStatus;
import io.dangan.archive.model.Subject;
import io.dangan.archive.store.ArchiveStore;
import io.dangan.archive.store.StoreSession;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The store-backed {@link FilingService}. Each step validates, then changes state in one
 * {@link ArchiveStore#write} transaction, then emits its event. Thread-safe.
 */
public final class DefaultFilingService implements FilingService {
    private final Clock clock;
    private final ArchiveStore store;
    private final EventSink events;
    private final StandardSet standards;

    /**
     * @param clock the archive's clock
     * @param store the metadata store
     * @param events where events go after each commit
     * @param standards the filing standards
     */
    public DefaultFilingService(Clock clock, ArchiveStore store, EventSink events, StandardSet standards) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.store = Objects.requireNonNull(store, "store");
        this.events = Objects.requireNonNull(events, "events");
        this.standards = Objects.requireNonNull(standards, "standards");
    }

    @Override
    public HandOver register(HandOverRequest request) {
        Objects.requireNonNull(request, "request");
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        CompiledStandard standard = standards.inForce(today);
        String base = "handOver " + request.id();
        if (request.receivedDate().isAfter(today)) {
            throw new InvalidInputException(ErrorCode.DATE_IN_FUTURE, base + "/receivedDate",
                    "%s: received %s, after today %s".formatted(base, request.receivedDate(), today));
        }
        HandOver stored = store.write(s -> {
            Dossier dossier = dossier(s, request.dossier());
            Subject subject = subject(s, dossier);
            List<Material> existing = s.materials().findByDossier(dossier.id());
            Map<Digest, MaterialId> digests = new HashMap<>();
            Map<String, MaterialId> signatures = new HashMap<>();
            for (Material m : existing) {
                if (m.status() != MaterialStatus.REJECTED) {
                    m.contents().forEach(c -> c.digests().forEach(d -> digests.putIfAbsent(d, m.id())));
                    signatures.putIfAbsent(signature(m.typeCode(), m.title(), m.formedDate()), m.id());
                }
            }
            List<Material> materials = new ArrayList<>();
            for (int i = 0; i < request.materials().size(); i++) {
                ReceivedMaterial r = request.materials().get(i);
                String where = base + "/materials/" + i + " (material " + r.id() + ")";
                MaterialType type = standard.type(r.typeCode());
                if (type == null) {
                    throw new InvalidInputException(ErrorCode.MATERIAL_TYPE_UNKNOWN, where + "/typeCode",
                            "%s: material type %s is not defined by standard %s".formatted(where, r.typeCode(),
                                    standard.id()));
                }
                MaterialCategory category = r.category() == null ? type.category() : r.category();
                if (!standard.isFilingPlace(category)) {
                    throw new InvalidInputException(ErrorCode.CATEGORY_UNKNOWN, where + "/category",
                            "%s: category %s is not a filing place of standard %s".formatted(where, category,
                                    standard.id()));
                }
                if (r.formedDate().isBefore(subject.birthDate())) {
                    throw new InvalidInputException(ErrorCode.MATERIAL_FORMED_BEFORE_BIRTH, where + "/formedDate",
                            "%s: formed %s, before the subject %s was born %s".formatted(where, r.formedDate(),
                                    subject.id(), subject.birthDate()));
                }
                if (r.formedDate().isAfter(today)) {
                    throw new InvalidInputException(ErrorCode.MATERIAL_FORMED_IN_FUTURE, where + "/formedDate",
                            "%s: formed %s, after today %s".formatted(where, r.formedDate(), today));
                }
                if (request.receivedDate().isBefore(r.formedDate())) {
                    throw new InvalidInputException(ErrorCode.DATE_ORDER, where + "/formedDate",
                            "%s: formed %s, after it was received %s".formatted(where, r.formedDate(),
                                    request.receivedDate()));
                }
                if (s.materials().find(r.id()).isPresent()) {
                    throw filedTwice(where, "material id %s is already stored".formatted(r.id()));
                }
                for (ContentRef c : r.contents()) {
                    for (Digest d : c.digests()) {
                        MaterialId other = digests.putIfAbsent(d, r.id());
                        if (other != null && !other.equals(r.id())) {
                            throw filedTwice(where, "content %s has the same %s digest as material %s".formatted(
                                    c.fileName(), d.algorithm().standardName(), other));
                        }
                    }
                }
                MaterialId same = signatures.putIfAbsent(signature(r.typeCode(), r.title(), r.formedDate()), r.id());
                if (same != null) {
                    throw filedTwice(where, "material %s has the same type %s, title '%s' and date %s".formatted(same,
                            r.typeCode(), r.title(), r.formedDate()));
                }
                materials.add(new Material(r.id(), dossier.id(), category, r.title(), r.typeCode(), r.formedDate(),
                        request.sourceUnit(), request.receivedDate(), r.pages(), r.contents(), MaterialStatus.RECEIVED, 0,
                        0));
            }
            List<HandOverItem> items = new ArrayList<>();
            for (int i = 0; i < materials.size(); i++) {
                ReceivedMaterial r = request.materials().get(i);
                s.materials().insert(materials.get(i));
                if (r.facts() != null) {
                    s.declaredFacts().put(new DeclaredFacts(r.id(), dossier.id(), r.facts()));
                }
                items.add(new HandOverItem(r.id(), r.formalities()));
            }
            return s.handOvers().insert(new HandOver(request.id(), dossier.id(), request.sourceUnit(),
                    request.deliveredBy(), request.receivedDate(), items, request.actor(), now));
        });
        events.emit(new MaterialsReceived(now, request.actor(), stored.id(), stored.dossier(), stored.sourceUnit(),
                stored.items().size()));
        return stored;
    }

    @Override
    public ReviewRecord review(MaterialId materialId, ReviewInput input) {
        Objects.requireNonNull(materialId, "material");
        Objects.requireNonNull(input, "input");
        Instant now = clock.instant();
        CompiledStandard standard = standards.inForce(LocalDate.now(clock));
        ReviewRecord record = store.write(s -> {
            Material material = material(s, materialId);
            if (material.status() != MaterialStatus.RECEIVED && material.status() != MaterialStatus.ACCEPTED) {
                throw state(material, "reviewed", "RECEIVED or ACCEPTED");
            }
            Subject subject = subject(s, dossier(s, material.dossier()));
            FactSheet facts = s.declaredFacts().find(materialId).map(DeclaredFacts::facts).orElse(null);
            Formalities formalities = s.handOvers().findByMaterial(materialId).flatMap(h -> h.item(materialId))
                    .map(HandOverItem::formalities).orElse(null);
            ReviewInput effective = input;
            if (formalities == null) {
                formalities = new Formalities(true, true, true, null, null);
                effective = input.object(ReviewCheck.FORMALITIES, "无移交登记，无法核对手续");
            }
            ReviewRecord r = ReviewEngine.review(material, subject, facts, formalities, standard, effective, now);
            s.reviews().append(r);
            MaterialStatus next = r.passed() ? MaterialStatus.ACCEPTED : MaterialStatus.RECEIVED;
            if (next != material.status()) {
                s.materials().update(material.withStatus(next));
            }
            return r;
        });
        events.emit(new MaterialReviewed(now, input.reviewer(), record.material(), record.dossier(), record.passed(),
                record.late(), record.failedChecks().stream().map(Enum::name).collect(Collectors.joining(","))));
        return record;
    }

    @Override
    public Material file(MaterialId materialId, String actor) {
        Objects.requireNonNull(materialId, "material");
        Objects.requireNonNull(actor, "actor");
        Instant now = clock.instant();
        CompiledStandard standard = standards.inForce(LocalDate.now(clock));
        int[] counts = new int[2];
        Material filed = store.write(s -> {
            Material material = material(s, materialId);
            if (material.status() != MaterialStatus.ACCEPTED) {
                throw state(material, "filed", "ACCEPTED (a passed review)");
            }
            ReviewRecord last = s.reviews().latest(materialId).orElse(null);
            if (last == null || !last.passed()) {
                throw state(material, "filed", "a passed latest review");
            }
            List<Material> existing = s.materials().findByDossierAndCategory(material.dossier(), material.category())
                    .stream().filter(m -> m.status() == MaterialStatus.FILED).toList();
            List<Material> placed = CatalogueOrder.place(standard, material.category(), existing, material);
            Map<MaterialId, Material> before = new HashMap<>();
            existing.forEach(m -> before.put(m.id(), m));
            Material result = null;
            int renumbered = 0;
            for (Material m : placed) {
                Material old = m.id().equals(materialId) ? material : before.get(m.id());
                if (old.status() != m.status() || old.sequence() != m.sequence()) {
                    Material updated = s.materials().update(m);
                    renumbered++;
                    if (m.id().equals(materialId)) {
                        result = updated;
                    }
                }
            }
            counts[0] = (int) s.materials().findByDossier(material.dossier()).stream()
                    .filter(m -> m.status() == MaterialStatus.FILED).count();
            counts[1] = renumbered;
            return Objects.requireNonNull(result);
        });
        events.emit(new MaterialFiled(now, actor, filed.id(), filed.dossier(), filed.category(), filed.sequence()));
        events.emit(new CatalogueRegenerated(now, actor, filed.dossier(), standard.id(), counts[0], counts[1]));
        return filed;
    }

    @Override
    public ReturnNotice returnToSource(MaterialId materialId, String actor) {
        Objects.requireNonNull(materialId, "material");
        Objects.requireNonNull(actor, "actor");
        Instant now = clock.instant();
        ReturnNotice notice = store.write(s -> {
            Material material = material(s, materialId);
            if (material.status() != MaterialStatus.RECEIVED) {
                throw state(material, "returned", "RECEIVED with a failed review");
            }
            ReviewRecord last = s.reviews().latest(materialId).orElse(null);
            if (last == null || last.passed()) {
                throw state(material, "returned", last == null ? "a review first" : "a failed latest review");
            }
            s.materials().update(material.withStatus(MaterialStatus.REJECTED));
            return new ReturnNotice(materialId, material.dossier(), material.sourceUnit(), last.failures(), actor, now);
        });
        events.emit(new MaterialReturned(now, actor, notice.material(), notice.dossier(), notice.sourceUnit(),
                notice.reasons().stream().map(CheckResult::check).map(Enum::name).collect(Collectors.joining(","))));
        return notice;
    }

    @Override
    public Catalogue catalogue(DossierId dossier) {
        Objects.requireNonNull(dossier, "dossier");
        CompiledStandard standard = standards.inForce(LocalDate.now(clock));
        return store.read(s -> {
            dossier(s, dossier);
            return CatalogueOrder.catalogue(dossier, standard.id(), s.materials().findByDossier(dossier));
        });
    }

    private static String signature(@org.jspecify.annotations.Nullable String type, String title, LocalDate formed) {
        return type + "\u0000" + title + "\u0000" + formed;
    }

    private static ConflictException filedTwice(String where, String detail) {
        return new ConflictException(ErrorCode.MATERIAL_FILED_TWICE, where, where + ": filed twice: " + detail);
    }

    private static InvalidInputException state(Material m, String action, String expected) {
        return new InvalidInputException(ErrorCode.MATERIAL_STATE, "material " + m.id() + "/status",
                "material %s cannot be %s: its status is %s, expected %s".formatted(m.id(), action, m.status(), expected));
    }

    static Dossier dossier(StoreSession s, DossierId id) {
        return s.dossiers().find(id).orElseThrow(() -> new NotFoundException(ErrorCode.NOT_FOUND, "dossier " + id,
                "dossier %s is not stored".formatted(id)));
    }

    static Subject subject(StoreSession s, Dossier d) {
        return s.subjects().find(d.subject()).orElseThrow(() -> new NotFoundException(ErrorCode.NOT_FOUND,
                "dossier " + d.id() + "/subject", "dossier %s names subject %s, which is not stored".formatted(d.id(),
                        d.subject())));
    }

    static Material material(StoreSession s, MaterialId id) {
        return s.materials().find(id).orElseThrow(() -> new NotFoundException(ErrorCode.NOT_FOUND, "material " + id,
                "material %s is not stored".formatted(id)));
    }
}
