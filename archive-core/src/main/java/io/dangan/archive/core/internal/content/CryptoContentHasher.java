package io.dangan.archive.core.internal.content;

import io.dangan.archive.crypto.Hasher;
import io.dangan.archive.model.Digest;
import io.dangan.archive.model.DigestAlgorithm;
import io.dangan.archive.store.ContentHasher;
import java.util.List;
import java.util.Set;

/** A {@link ContentHasher} over the crypto module's one-pass {@link Hasher}. */
public final class CryptoContentHasher implements ContentHasher {
    private final Hasher hasher;

    /**
     * Creates one.
     *
     * @param algorithms the algorithms, at least one
     */
    public CryptoContentHasher(Set<DigestAlgorithm> algorithms) {
        this.hasher = Hasher.of(algorithms);
    }

    @Override
    public Set<DigestAlgorithm> algorithms() {
        return hasher.algorithms();
    }

    @Override
    public void update(byte[] data, int offset, int length) {
        hasher.update(data, offset, length);
    }

    @Override
    public List<Digest> complete() {
        return hasher.finish().digests();
    }
}
