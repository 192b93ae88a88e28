package io.dangan.archive.crypto.internal;

import io.dangan.archive.model.DigestAlgorithm;
import java.nio.ByteBuffer;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * Creates digest engines: SHA-256 from the JDK (intrinsified with the CPU's SHA extensions), SM3 from Bouncy
 * Castle's {@link SM3Digest}.
 */
public final class DigestEngines {
    private DigestEngines() {
    }

    /**
     * Creates an engine.
     *
     * @param algorithm the algorithm
     * @return a fresh engine
     */
    public static DigestEngine create(DigestAlgorithm algorithm) {
        return switch (algorithm) {
            case SM3 -> new Sm3();
            case SHA_256 -> new Jdk(algorithm, "SHA-256");
        };
    }

    private static final class Sm3 implements DigestEngine {
        private final SM3Digest d = new SM3Digest();

        @Override
        public DigestAlgorithm algorithm() {
            return DigestAlgorithm.SM3;
        }

        @Override
        public void update(byte[] data, int offset, int length) {
            d.update(data, offset, length);
        }

        @Override
        public void update(ByteBuffer buffer) {
            if (buffer.hasArray()) {
                d.update(buffer.array(), buffer.arrayOffset() + buffer.position(), buffer.remaining());
                buffer.position(buffer.limit());
            } else {
                byte[] chunk = new byte[Math.min(buffer.remaining(), 16 * 1024)];
                while (buffer.hasRemaining()) {
                    int n = Math.min(chunk.length, buffer.remaining());
                    buffer.get(chunk, 0, n);
                    d.update(chunk, 0, n);
                }
            }
        }

        @Override
        public void update(byte b) {
            d.update(b);
        }

        @Override
        public void doFinal(byte[] out, int offset) {
            d.doFinal(out, offset);
        }

        @Override
        public void reset() {
            d.reset();
        }
    }

    private static final class Jdk implements DigestEngine {
        private final DigestAlgorithm algorithm;
        private final MessageDigest md;

        Jdk(DigestAlgorithm algorithm, String jdkName) {
            this.algorithm = algorithm;
            try {
                this.md = MessageDigest.getInstance(jdkName);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("the JDK lacks " + jdkName, e);
            }
        }

        @Override
        public DigestAlgorithm algorithm() {
            return algorithm;
        }

        @Override
        public void update(byte[] data, int offset, int length) {
            md.update(data, offset, length);
        }

        @Override
        public void update(ByteBuffer buffer) {
            md.update(buffer);
        }

        @Override
        public void update(byte b) {
            md.update(b);
        }

        @Override
        public void doFinal(byte[] out, int offset) {
            try {
                md.digest(out, offset, algorithm.length());
            } catch (DigestException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void reset() {
            md.reset();
        }
    }
}
