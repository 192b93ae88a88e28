package io.dangan.archive.testkit;

import io.dangan.archive.ConflictException;
import io.dangan.archive.ErrorCode;
import io.dangan.archive.NotFoundException;
import io.dangan.archive.filing.DeclaredFacts;
import io.dangan.archive.filing.HandOver;
import io.dangan.archive.filing.HandOverId;
import io.dangan.archive.filing.MissingMaterialEntry;
import io.dangan.archive.filing.ReviewRecord;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.MaterialId;
import io.dangan.archive.store.DeclaredFactsRepository;
import io.dangan.archive.store.HandOverRepository;
import io.dangan.archive.store.MissingMaterialRepository;
import io.dangan.archive.store.ReviewRepository;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The filing records of {@link InMemoryArchiveStore} (hand-overs, reviews, the missing-materials register,
 * declared facts): a state that is copied on its first change in a write session, like the store's own maps.
 */
final class InMemoryFilingRecords {
    private Map<HandOverId, HandOver> handOvers;
    private Map<MaterialId, HandOverId> handOverByMaterial;
    private Map<MaterialId, List<ReviewRecord>> reviews;
    private Map<DossierId, TreeMap<String, MissingMaterialEntry>> missing;
    private Map<MaterialId, DeclaredFacts> facts;
    private boolean copied;

    InMemoryFilingRecords() {
        handOvers = new HashMap<>();
        handOverByMaterial = new HashMap<>();
        reviews = new HashMap<>();
        missing = new HashMap<>();
        facts = new HashMap<>();
        copied = true;
    }

    private InMemoryFilingRecords(InMemoryFilingRecords base) {
        handOvers = base.handOvers;
        handOverByMaterial = base.handOverByMaterial;
        reviews = base.reviews;
        missing = base.missing;
        facts = base.facts;
        copied = false;
    }

    /** @return a staged copy sharing this state until its first change */
    InMemoryFilingRecords stage() {
        return new InMemoryFilingRecords(this);
    }

    private void changing() {
        if (!copied) {
            handOvers = new HashMap<>(handOvers);
            handOverByMaterial = new HashMap<>(handOverByMaterial);
            reviews = new HashMap<>(reviews);
            missing = new HashMap<>(missing);
            facts = new HashMap<>(facts);
            copied = true;
        }
    }

    /**
     * The four repositories over this state for one session.
     */
    final class Repositories {
        private final Predicate<DossierId> dossierExists;
        private final Predicate<MaterialId> materialExists;
        private final Runnable writable;
        private final Runnable open;
        final HandOverRepository handOvers = new HandOvers();
        final ReviewRepository reviews = new Reviews();
        final MissingMaterialRepository missing = new Missing();
        final DeclaredFactsRepository facts = new Facts();

        /**
         * @param dossierExists whether a dossier is stored
         * @param materialExists whether a material is stored
         * @param writable the session's check before a change
         * @param open the session's check before any access
         */
        Repositories(Predicate<DossierId> dossierExists, Predicate<MaterialId> materialExists, Runnable writable,
                Runnable open) {
            this.dossierExists = dossierExists;
            this.materialExists = materialExists;
            this.writable = writable;
            this.open = open;
        }

        private final class HandOvers implements HandOverRepository {
            @Override
            public HandOver insert(HandOver handOver) {
                Objects.requireNonNull(handOver, "handOver");
                writable.run();
                String where = "handOver " + handOver.id();
                if (InMemoryFilingRecords.this.handOvers.containsKey(handOver.id())) {
                    throw new ConflictException(ErrorCode.DUPLICATE, where,
                            "hand-over id " + handOver.id() + " is already stored");
                }
                requireDossier(handOver.dossier(), where);
                changing();
                InMemoryFilingRecords.this.handOvers.put(handOver.id(), handOver);
                for (MaterialId m : handOver.materials()) {
                    handOverByMaterial.put(m, handOver.id());
                }
                return handOver;
            }

            @Override
            public Optional<HandOver> find(HandOverId id) {
                Objects.requireNonNull(id, "id");
                open.run();
                return Optional.ofNullable(InMemoryFilingRecords.this.handOvers.get(id));
            }

            @Override
            public List<HandOver> findByDossier(DossierId dossier) {
                Objects.requireNonNull(dossier, "dossier");
                open.run();
                return InMemoryFilingRecords.this.handOvers.values().stream().filter(h -> h.dossier().equals(dossier))
                        .sorted(Comparator.comparing(HandOver::registeredAt).thenComparing(HandOver::id)).toList();
            }

            @Override
            public Optional<HandOver> findByMaterial(MaterialId material) {
                Objects.requireNonNull(material, "material");
                open.run();
                HandOverId id = handOverByMaterial.get(material);
                return id == null ? Optional.empty() : Optional.of(InMemoryFilingRecords.this.handOvers.get(id));
            }
        }

        private final class Reviews implements ReviewRepository {
            @Override
            public ReviewRecord append(ReviewRecord review) {
                Objects.requireNonNull(review, "review");
                writable.run();
                requireMaterial(review.material(), "review " + review.material());
                changing();
                List<ReviewRecord> list = new ArrayList<>(InMemoryFilingRecords.this.reviews.getOrDefault(review.material(),
                        List.of()));
                list.add(review);
                InMemoryFilingRecords.this.reviews.put(review.material(), List.copyOf(list));
                return review;
            }

            @Override
            public List<ReviewRecord> findByMaterial(MaterialId material) {
                Objects.requireNonNull(material, "material");
                open.run();
                return InMemoryFilingRecords.this.reviews.getOrDefault(material, List.of());
            }

            @Override
            public Optional<ReviewRecord> latest(MaterialId material) {
                List<ReviewRecord> list = findByMaterial(material);
                return list.isEmpty() ? Optional.empty() : Optional.of(list.get(list.size() - 1));
            }
        }

        private final class Missing implements MissingMaterialRepository {
            @Override
            public MissingMaterialEntry put(MissingMaterialEntry entry) {
                Objects.requireNonNull(entry, "entry");
                writable.run();
                requireDossier(entry.dossier(), "missing " + entry.dossier() + "/" + entry.typeCode());
                changing();
                TreeMap<String, MissingMaterialEntry> entries = new TreeMap<>(
                        InMemoryFilingRecords.this.missing.getOrDefault(entry.dossier(), new TreeMap<>()));
                entries.put(entry.typeCode(), entry);
                InMemoryFilingRecords.this.missing.put(entry.dossier(), entries);
                return entry;
            }

            @Override
            public List<MissingMaterialEntry> findByDossier(DossierId dossier) {
                Objects.requireNonNull(dossier, "dossier");
                open.run();
                TreeMap<String, MissingMaterialEntry> entries = InMemoryFilingRecords.this.missing.get(dossier);
                return entries == null ? List.of() : List.copyOf(entries.values());
            }
        }

        private final class Facts implements DeclaredFactsRepository {
            @Override
            public DeclaredFacts put(DeclaredFacts declared) {
                Objects.requireNonNull(declared, "declared");
                writable.run();
                requireMaterial(declared.material(), "facts " + declared.material());
                changing();
                InMemoryFilingRecords.this.facts.put(declared.material(), declared);
                return declared;
            }

            @Override
            public Optional<DeclaredFacts> find(MaterialId material) {
                Objects.requireNonNull(material, "material");
                open.run();
                return Optional.ofNullable(InMemoryFilingRecords.this.facts.get(material));
            }

            @Override
            public List<DeclaredFacts> findByDossier(DossierId dossier) {
                Objects.requireNonNull(dossier, "dossier");
                open.run();
                return InMemoryFilingRecords.this.facts.values().stream().filter(f -> f.dossier().equals(dossier))
                        .sorted(Comparator.comparing(DeclaredFacts::material)).toList();
            }
        }

        private void requireDossier(DossierId dossier, String where) {
            if (!dossierExists.test(dossier)) {
                throw new NotFoundException(ErrorCode.NOT_FOUND, where + "/dossier",
                        where + ": dossier " + dossier + " is not stored");
            }
        }

        private void requireMaterial(MaterialId material, String where) {
            if (!materialExists.test(material)) {
                throw new NotFoundException(ErrorCode.NOT_FOUND, where + "/material",
                        where + ": material " + material + " is not stored");
            }
        }
    }
}
