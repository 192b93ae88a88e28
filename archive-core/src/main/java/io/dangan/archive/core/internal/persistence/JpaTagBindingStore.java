package io.dangan.archive.core.internal.persistence;

import io.dangan.archive.core.internal.tags.TagBindingChecks;
import io.dangan.archive.inventory.TagBinding;
import io.dangan.archive.inventory.TagBindingStore;
import io.dangan.archive.inventory.TagCode;
import io.dangan.archive.model.DossierId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * {@link TagBindingStore} over Jakarta Persistence (标签绑定存储): table {@code dangan_tag_binding}, each change one
 * transaction that checks first (precise messages) and relies on the constraints when another writer races it: the
 * code's primary key ({@code DUPLICATE}), the unique active dossier ({@code TAG_ALREADY_BOUND}) and the row version
 * ({@code CONCURRENT_UPDATE}). A lookup by code is a primary-key read, the active binding a unique-index read, the
 * highest serial of a scheme the end of an index. Thread-safe as the factory is.
 */
public final class JpaTagBindingStore implements TagBindingStore {
    /** The entity classes this store maps. */
    public static final List<Class<?>> MANAGED_CLASSES = List.of(TagBindingEntity.class);

    private final EntityManagerFactory factory;

    /**
     * @param factory a factory whose unit manages {@link #MANAGED_CLASSES}, over a schema with {@code V5__hardware}
     */
    public JpaTagBindingStore(EntityManagerFactory factory) {
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    @Override
    public void issue(TagBinding binding) {
        TagBindingChecks.requireActive(binding, "issued");
        TagBindingEntity.checkFits(binding);
        JpaTransactions.run(factory, true, "tag " + binding.code(), "issuing", em -> {
            TagBindingEntity current = activeOf(em, binding.dossier());
            if (current != null) {
                throw TagBindingChecks.alreadyBound(binding.dossier(), current.toValue().code());
            }
            add(em, binding);
            return null;
        });
    }

    @Override
    public void reissue(TagBinding replaced, TagBinding successor) {
        TagBindingChecks.checkReissue(replaced, successor);
        TagBindingEntity.checkFits(replaced);
        TagBindingEntity.checkFits(successor);
        JpaTransactions.run(factory, true, "tag " + replaced.code(), "re-issuing", em -> {
            end(em, replaced);
            add(em, successor);
            return null;
        });
    }

    @Override
    public void retire(TagBinding retired) {
        TagBindingChecks.checkRetire(retired);
        TagBindingEntity.checkFits(retired);
        JpaTransactions.run(factory, true, "tag " + retired.code(), "retiring", em -> {
            end(em, retired);
            return null;
        });
    }

    private static @Nullable TagBindingEntity activeOf(EntityManager em, DossierId dossier) {
        return em.createQuery("select t from DanganTagBinding t where t.activeDossierId = :d", TagBindingEntity.class)
                .setParameter("d", dossier.value()).getResultStream().findFirst().orElse(null);
    }

    private static void add(EntityManager em, TagBinding binding) {
        TagBindingEntity holder = em.find(TagBindingEntity.class, binding.code().hex());
        if (holder != null) {
            throw TagBindingChecks.codeTaken(binding, holder.toValue().dossier());
        }
        em.persist(TagBindingEntity.of(binding));
        em.flush();
    }

    private static void end(EntityManager em, TagBinding ending) {
        TagBindingEntity current = activeOf(em, ending.dossier());
        TagCode currentCode = current == null ? null : current.toValue().code();
        if (current == null || !ending.code().equals(currentCode)) {
            throw TagBindingChecks.notBound(ending, currentCode);
        }
        current.end(ending);
        em.flush(); // frees the dossier's active slot before a successor takes it
    }

    @Override
    public Optional<TagBinding> active(DossierId dossier) {
        return JpaTransactions.run(factory, false, "dossier " + dossier, "reading its active tag",
                em -> Optional.ofNullable(activeOf(em, dossier)).map(TagBindingEntity::toValue));
    }

    @Override
    public Optional<TagBinding> byCode(TagCode code) {
        return JpaTransactions.run(factory, false, "tag " + code, "reading",
                em -> Optional.ofNullable(em.find(TagBindingEntity.class, code.hex())).map(TagBindingEntity::toValue));
    }

    @Override
    public List<TagBinding> history(DossierId dossier) {
        return JpaTransactions.run(factory, false, "dossier " + dossier, "reading its tag history", em -> em.createQuery(
                        "select t from DanganTagBinding t where t.dossierId = :d"
                                + " order by t.issuedSecond, t.issuedNano, t.serial, t.code", TagBindingEntity.class)
                .setParameter("d", dossier.value()).getResultStream().map(TagBindingEntity::toValue).toList());
    }

    @Override
    public OptionalLong highestSerial(String scheme) {
        Long max = JpaTransactions.run(factory, false, "tag scheme " + scheme, "reading the highest serial",
                em -> em.createQuery("select max(t.serial) from DanganTagBinding t where t.scheme = :s", Long.class)
                        .setParameter("s", scheme).getSingleResult());
        return max == null ? OptionalLong.empty() : OptionalLong.of(max);
    }
}
