package io.dangan.archive.core.internal.seal;

import io.dangan.archive.ErrorCode;
import io.dangan.archive.NotFoundException;
import io.dangan.archive.crypto.HashResult;
import io.dangan.archive.crypto.Hasher;
import io.dangan.archive.model.Digest;
import io.dangan.archive.model.DigestAlgorithm;
import io.dangan.archive.store.ContentEntry;
import io.dangan.archive.store.ContentStore;
import io.dangan.archive.store.StoredContent;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** A content store over a map the test can tamper with directly (SM3 addresses); no verification on read. */
final class MapContentStore implements ContentStore {
    private final Map<Digest, byte[]> blobs;

    MapContentStore(Map<Digest, byte[]> blobs) {
        this.blobs = blobs;
    }

    @Override
    public DigestAlgorithm addressAlgorithm() {
        return DigestAlgorithm.SM3;
    }

    @Override
    public Set<DigestAlgorithm> algorithms() {
        return Set.of(DigestAlgorithm.SM3, DigestAlgorithm.SHA_256);
    }

    @Override
    public long maxObjectSize() {
        return 1 << 30;
    }

    @Override
    public StoredContent put(InputStream content) {
        try {
            byte[] bytes = content.readAllBytes();
            HashResult h = Hasher.of(algorithms()).hash(new ByteArrayInputStream(bytes));
            Digest address = h.digest(DigestAlgorithm.SM3);
            boolean created = blobs.putIfAbsent(address, bytes) == null;
            return new StoredContent(address, bytes.length, h.digests(), created);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public InputStream open(Digest address) {
        return openUnverified(address);
    }

    @Override
    public InputStream openUnverified(Digest address) {
        byte[] b = blobs.get(address);
        if (b == null) {
            throw new NotFoundException(ErrorCode.CONTENT_MISSING, address.toString(), "no content under " + address);
        }
        return new ByteArrayInputStream(b);
    }

    @Override
    public boolean exists(Digest address) {
        return blobs.containsKey(address);
    }

    @Override
    public long size(Digest address) {
        byte[] b = blobs.get(address);
        if (b == null) {
            throw new NotFoundException(ErrorCode.CONTENT_MISSING, address.toString(), "no content under " + address);
        }
        return b.length;
    }

    @Override
    public Stream<ContentEntry> entries() {
        return blobs.entrySet().stream().map(e -> new ContentEntry(e.getKey().hex(), e.getKey(), e.getValue().length));
    }
}
