package io.dangan.archive.core.internal.content;

import io.dangan.archive.ErrorCode;
import io.dangan.archive.IntegrityException;
import io.dangan.archive.crypto.Hasher;
import io.dangan.archive.model.Digest;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Hashes what passes through and, at the end of the stream, compares with the expected digest: the read that
 * reaches the end throws {@link IntegrityException} ({@code CONTENT_CORRUPT}) instead of reporting the end, so a
 * reader that consumes everything never receives altered bytes without being told. Not thread-safe.
 */
final class VerifyingInputStream extends FilterInputStream {
    private final Digest expected;
    private final long expectedSize;
    private final String location;
    private final Hasher hasher;
    private boolean verified;

    VerifyingInputStream(InputStream in, Digest expected, long expectedSize, String location) {
        super(in);
        this.expected = expected;
        this.expectedSize = expectedSize;
        this.location = location;
        this.hasher = Hasher.of(expected.algorithm());
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
            atEnd();
        } else {
            hasher.update(new byte[] {(byte) b}, 0, 1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n < 0) {
            atEnd();
        } else {
            hasher.update(b, off, n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] buf = new byte[(int) Math.min(8192, Math.max(0, n))];
        long skipped = 0;
        while (skipped < n) {
            int r = read(buf, 0, (int) Math.min(buf.length, n - skipped));
            if (r < 0) {
                break;
            }
            skipped += r;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public synchronized void mark(int readlimit) {
        // not supported: every byte must pass the hasher once
    }

    @Override
    public synchronized void reset() throws IOException {
        throw new IOException("mark/reset is not supported by a verifying stream");
    }

    private void atEnd() {
        if (verified) {
            return;
        }
        long size = hasher.count();
        Digest actual = hasher.finish().digest(expected.algorithm());
        if ((expectedSize >= 0 && size != expectedSize) || !actual.equals(expected)) {
            throw new IntegrityException(ErrorCode.CONTENT_CORRUPT, location,
                    "content %s is corrupt: read %d bytes hashing to %s, expected %d bytes hashing to %s".formatted(
                            expected, size, actual.hex(), expectedSize, expected.hex()));
        }
        verified = true;
    }
}
