package io.dangan.archive.core.internal.seal;

import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.Material;
import io.dangan.archive.model.MaterialId;
import io.dangan.archive.seal.Seal;
import io.dangan.archive.seal.SealLeaf;
import io.dangan.archive.store.ArchiveStore;
import io.dangan.archive.store.DossierRepository;
import io.dangan.archive.store.MaterialRepository;
import io.dangan.archive.store.SealRepository;
import io.dangan.archive.store.StoreSession;
import io.dangan.archive.store.SubjectRepository;
import io.dangan.archive.store.UnitRepository;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * A store whose reads an attacker with database access has rewritten: seals, leaves and materials pass through
 * functions the test sets. Writes go to the real store underneath.
 */
final class TamperingStore implements ArchiveStore {
    private final ArchiveStore real;
    volatile UnaryOperator<List<Seal>> seals = UnaryOperator.identity();
    volatile UnaryOperator<List<SealLeaf>> leaves = UnaryOperator.identity();
    volatile UnaryOperator<List<Material>> materials = UnaryOperator.identity();

    TamperingStore(ArchiveStore real) {
        this.real = real;
    }

    @Override
    public <T> T read(Function<? super StoreSession, ? extends T> work) {
        return real.read(s -> work.apply(new Session(s)));
    }

    @Override
    public <T> T write(Function<? super StoreSession, ? extends T> work) {
        return real.write(s -> work.apply(new Session(s)));
    }

    private final class Session implements StoreSession {
        private final StoreSession s;

        Session(StoreSession s) {
            this.s = s;
        }

        @Override
        public SubjectRepository subjects() {
            return s.subjects();
        }

        @Override
        public UnitRepository units() {
            return s.units();
        }

        @Override
        public DossierRepository dossiers() {
            return s.dossiers();
        }

        @Override
        public io.dangan.archive.store.HandOverRepository handOvers() {
            return s.handOvers();
        }

        @Override
        public io.dangan.archive.store.ReviewRepository reviews() {
            return s.reviews();
        }

        @Override
        public io.dangan.archive.store.MissingMaterialRepository missingMaterials() {
            return s.missingMaterials();
        }

        @Override
        public io.dangan.archive.store.DeclaredFactsRepository declaredFacts() {
            return s.declaredFacts();
        }

        @Override
        public MaterialRepository materials() {
            MaterialRepository m = s.materials();
            return new MaterialRepository() {
                @Override
                public Material insert(Material material) {
                    return m.insert(material);
                }

                @Override
                public Material update(Material material) {
                    return m.update(material);
                }

                @Override
                public Optional<Material> find(MaterialId id) {
                    return m.find(id);
                }

                @Override
                public List<Material> findByDossier(DossierId dossier) {
                    return materials.apply(m.findByDossier(dossier));
                }

                @Override
                public List<Material> findByDossierAndCategory(DossierId dossier,
                        io.dangan.archive.model.MaterialCategory category) {
                    return m.findByDossierAndCategory(dossier, category);
                }

                @Override
                public Stream<Material> streamAll() {
                    return m.streamAll();
                }

                @Override
                public long count() {
                    return m.count();
                }
            };
        }

        @Override
        public SealRepository seals() {
            SealRepository r = s.seals();
            return new SealRepository() {
                @Override
                public Seal append(Seal seal, List<SealLeaf> newLeaves) {
                    return r.append(seal, newLeaves);
                }

                @Override
                public List<Seal> history(DossierId dossier) {
                    return seals.apply(r.history(dossier));
                }

                @Override
                public Optional<Seal> latest(DossierId dossier) {
                    List<Seal> h = history(dossier);
                    return h.isEmpty() ? Optional.empty() : Optional.of(h.get(h.size() - 1));
                }

                @Override
                public List<SealLeaf> leaves(DossierId dossier) {
                    return leaves.apply(r.leaves(dossier));
                }

                @Override
                public List<SealLeaf> leavesOf(MaterialId material) {
                    return r.leavesOf(material);
                }

                @Override
                public Stream<DossierId> sealedDossiers() {
                    return r.sealedDossiers();
                }

                @Override
                public long countSealedDossiers() {
                    return r.countSealedDossiers();
                }
            };
        }
    }
}
