package io.dangan.archive.core.internal.seal;

import io.dangan.archive.ArchiveException;
import io.dangan.archive.ErrorCode;
import io.dangan.archive.InvalidInputException;
import io.dangan.archive.crypto.Hasher;
import io.dangan.archive.model.Digest;
import io.dangan.archive.model.DigestAlgorithm;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.seal.Octets;
import io.dangan.archive.seal.SealKind;
import io.dangan.archive.seal.SealStatement;
import java.nio.ByteBuffer;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Arrays;

/**
 * The canonical encoding of a seal statement (封印声明编码), version 1: the exact bytes a seal's signature covers,
 * as specified in {@code docs/seal-format.md}. Deterministic; decoding is strict and accepts only canonical bytes.
 * Thread-safe (stateless).
 */
public final class StatementCodec {
    /** {@code "DGSEAL"} followed by the format version 1. */
    static final byte[] MAGIC = {'D', 'G', 'S', 'E', 'A', 'L', 1};

    private StatementCodec() {
    }

    /**
     * Encodes a statement.
     *
     * @param s the statement
     * @return the bytes to sign
     */
    public static byte[] encode(SealStatement s) {
        Tlv.Writer w = new Tlv.Writer(MAGIC)
                .text(0x01, s.dossier().value())
                .u32(0x02, s.version())
                .text(0x03, s.kind().name())
                .u64(0x04, s.previousSize())
                .u64(0x05, s.treeSize())
                .text(0x06, s.digestAlgorithm().standardName())
                .bytes(0x07, s.root().bytes())
                .text(0x08, s.signatureAlgorithm())
                .text(0x09, s.keyId())
                .bytes(0x0A, ByteBuffer.allocate(12).putLong(s.sealedAt().getEpochSecond())
                        .putInt(s.sealedAt().getNano()).array());
        if (s.reason() != null) {
            w.text(0x0B, s.reason());
        }
        return w.toByteArray();
    }

    /**
     * Decodes a statement, strictly.
     *
     * @param bytes the encoding
     * @return the statement
     * @throws InvalidInputException with code {@code SEAL_ENCODING_MALFORMED} for anything but a canonical statement
     */
    public static SealStatement decode(byte[] bytes) {
        Tlv.Reader r = new Tlv.Reader(bytes, MAGIC, "seal statement");
        SealStatement s;
        try {
            DossierId dossier = DossierId.of(r.text(0x01));
            long version = r.u32(0x02);
            if (version > Integer.MAX_VALUE) {
                throw r.malformed("version " + version + " is too large");
            }
            SealKind kind = SealKind.valueOf(r.text(0x03));
            long previous = r.u64(0x04);
            long size = r.u64(0x05);
            DigestAlgorithm algorithm = DigestAlgorithm.byName(r.text(0x06));
            Digest root = Digest.of(algorithm, r.next(0x07, false));
            String signatureAlgorithm = r.text(0x08);
            String keyId = r.text(0x09);
            byte[] t = r.next(0x0A, false);
            if (t.length != 12) {
                throw r.malformed("time field has " + t.length + " bytes, expected 12");
            }
            ByteBuffer tb = ByteBuffer.wrap(t);
            long seconds = tb.getLong();
            int nanos = tb.getInt();
            if (nanos < 0 || nanos > 999_999_999) {
                throw r.malformed("time field has " + nanos + " nanoseconds");
            }
            Instant at = Instant.ofEpochSecond(seconds, nanos);
            String reason = r.peekTag() == 0x0B ? r.text(0x0B) : null;
            r.end();
            s = new SealStatement(dossier, (int) version, kind, previous, size, root, signatureAlgorithm, keyId, at,
                    reason);
        } catch (ArchiveException e) {
            if (e.code() == ErrorCode.SEAL_ENCODING_MALFORMED) {
                throw e;
            }
            throw r.malformed(e.getMessage());
        } catch (DateTimeException | IllegalArgumentException e) {
            throw r.malformed(String.valueOf(e.getMessage()));
        }
        if (!Arrays.equals(encode(s), bytes)) {
            throw r.malformed("not in canonical form (re-encoding differs)");
        }
        return s;
    }

    /**
     * The message imprint a seal's timestamp token binds: the digest, under the statement's digest algorithm, of the
     * signature bytes.
     *
     * @param statement the statement
     * @param signature its signature
     * @return the imprint
     */
    public static Digest timestampImprint(SealStatement statement, Octets signature) {
        return Hasher.digest(statement.digestAlgorithm(), signature.value());
    }
}
