package io.dangan.archive.core.internal.tags;

import io.dangan.archive.inventory.TagBinding;
import io.dangan.archive.inventory.TagBindingStore;
import io.dangan.archive.inventory.TagCode;
import io.dangan.archive.model.DossierId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Tag bindings in hash maps (内存标签绑定存储): by code, the active one per dossier, each dossier's history and the
 * highest serial per scheme. Every method holds the store's lock, so each change is atomic; lookups are hash probes.
 */
public final class MemoryTagBindingStore implements TagBindingStore {
    private final Map<TagCode, TagBinding> byCode = new HashMap<>();
    private final Map<DossierId, TagBinding> active = new HashMap<>();
    private final Map<DossierId, List<TagBinding>> history = new HashMap<>();
    private final Map<String, Long> highest = new HashMap<>();

    /** Creates an empty store. */
    public MemoryTagBindingStore() {
    }

    @Override
    public synchronized void issue(TagBinding binding) {
        TagBindingChecks.requireActive(binding, "issued");
        TagBinding existing = active.get(binding.dossier());
        if (existing != null) {
            throw TagBindingChecks.alreadyBound(binding.dossier(), existing.code());
        }
        requireFreeCode(binding);
        add(binding);
    }

    @Override
    public synchronized void reissue(TagBinding replaced, TagBinding successor) {
        TagBindingChecks.checkReissue(replaced, successor);
        requireActiveCode(replaced);
        requireFreeCode(successor);
        end(replaced);
        add(successor);
    }

    @Override
    public synchronized void retire(TagBinding retired) {
        TagBindingChecks.checkRetire(retired);
        requireActiveCode(retired);
        end(retired);
    }

    private void requireFreeCode(TagBinding binding) {
        TagBinding holder = byCode.get(binding.code());
        if (holder != null) {
            throw TagBindingChecks.codeTaken(binding, holder.dossier());
        }
    }

    private void requireActiveCode(TagBinding ending) {
        TagBinding current = active.get(ending.dossier());
        if (current == null || !current.code().equals(ending.code())) {
            throw TagBindingChecks.notBound(ending, current == null ? null : current.code());
        }
    }

    private void add(TagBinding binding) {
        byCode.put(binding.code(), binding);
        active.put(binding.dossier(), binding);
        history.computeIfAbsent(binding.dossier(), d -> new ArrayList<>()).add(binding);
        highest.merge(binding.scheme(), binding.serial(), Math::max);
    }

    private void end(TagBinding ended) {
        TagBinding stored = Objects.requireNonNull(active.remove(ended.dossier()));
        // what identifies the binding stays as stored; only the end is taken from the argument
        TagBinding kept = new TagBinding(stored.dossier(), stored.code(), stored.scheme(), stored.serial(),
                ended.status(), stored.issuedAt(), ended.endedAt(), ended.reason());
        byCode.put(kept.code(), kept);
        List<TagBinding> h = history.get(kept.dossier());
        h.set(h.indexOf(stored), kept);
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
        List<TagBinding> h = new ArrayList<>(history.getOrDefault(dossier, List.of()));
        h.sort(TagBindingChecks.OLDEST_FIRST);
        return List.copyOf(h);
    }

    @Override
    public synchronized OptionalLong highestSerial(String scheme) {
        Long serial = highest.get(scheme);
        return serial == null ? OptionalLong.empty() : OptionalLong.of(serial);
    }
}
