package io.dangan.archive.core.internal.audit;

import io.dangan.archive.audit.AuditRecord;
import io.dangan.archive.audit.DomainEvent;
import io.dangan.archive.crypto.Hasher;
import io.dangan.archive.model.DigestAlgorithm;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The canonical byte form of an audit record and its chain hash (规范编码):
 * {@code hash = H(previousHash bytes || "dangan-audit/1\n" || one length-prefixed field after another)}.
 * Length prefixes make the encoding injective, so no two different records share bytes.
 */
public final class AuditCodec {
    /** The previous hash of the first record. */
    public static final String GENESIS = "0".repeat(64);
    private static final byte[] TAG = "dangan-audit/1\n".getBytes(StandardCharsets.US_ASCII);
    private static final HexFormat HEX = HexFormat.of();
    /** Hashers are not thread-safe and cost an engine to create: one per thread and algorithm. */
    private static final ThreadLocal<java.util.EnumMap<DigestAlgorithm, Hasher>> HASHERS =
            ThreadLocal.withInitial(() -> new java.util.EnumMap<>(DigestAlgorithm.class));

    private AuditCodec() {
    }

    /**
     * Builds the record for an event at a sequence after a previous hash.
     *
     * @param algorithm the chain's digest
     * @param sequence the sequence
     * @param previousHash the previous record's hash
     * @param event the event
     * @return the record with its hash
     */
    public static AuditRecord record(DigestAlgorithm algorithm, long sequence, String previousHash, DomainEvent event) {
        SortedMap<String, String> d = event.details();
        String reasons = d.getOrDefault("reasons", "");
        List<String> reasonList = reasons.isEmpty() ? List.of() : List.of(reasons.split(","));
        AuditRecord unsealed = new AuditRecord(sequence, event.occurredAt(), event.type(), event.actor(),
                event.subjectRef(), d.getOrDefault("dossier", ""), d.getOrDefault("action", ""),
                d.getOrDefault("outcome", ""), reasonList, d.getOrDefault("requestHash", ""), d, previousHash, "");
        return withHash(unsealed, hash(algorithm, unsealed, sequence));
    }

    /**
     * @param r a record
     * @param hash its hash
     * @return the record carrying the hash
     */
    public static AuditRecord withHash(AuditRecord r, String hash) {
        return new AuditRecord(r.sequence(), r.occurredAt(), r.type(), r.actor(), r.resource(), r.dossier(), r.action(),
                r.outcome(), r.reasons(), r.requestHash(), r.details(), r.previousHash(), hash);
    }

    /**
     * Computes a record's hash as if it stood at {@code sequence} (its own, or a neighbour's when checking
     * for renumbering).
     *
     * @param algorithm the digest
     * @param r the record (its hash field is ignored)
     * @param sequence the sequence to hash with
     * @return lower-case hex hash
     */
    public static String hash(DigestAlgorithm algorithm, AuditRecord r, long sequence) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        out.writeBytes(TAG);
        field(out, Long.toString(sequence));
        field(out, r.occurredAt().toString());
        field(out, r.type());
        field(out, r.actor());
        field(out, r.resource());
        field(out, r.dossier());
        field(out, r.action());
        field(out, r.outcome());
        field(out, String.join(",", r.reasons()));
        field(out, r.requestHash());
        field(out, Integer.toString(r.details().size()));
        for (Map.Entry<String, String> e : r.details().entrySet()) {
            field(out, e.getKey());
            field(out, e.getValue());
        }
        Hasher h = HASHERS.get().computeIfAbsent(algorithm, a -> Hasher.of(a));
        h.reset();
        h.update(hexBytes(r.previousHash()));
        h.update(out.toByteArray());
        return h.finish().digest(algorithm).hex();
    }

    private static void field(ByteArrayOutputStream out, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        int n = b.length;
        out.write(n >>> 24);
        out.write(n >>> 16);
        out.write(n >>> 8);
        out.write(n);
        out.writeBytes(b);
    }

    /**
     * @param hex lower-case hex
     * @return the bytes; malformed hex yields its UTF-8 bytes so a forged value still hashes deterministically
     */
    public static byte[] hexBytes(String hex) {
        try {
            return HEX.parseHex(hex);
        } catch (IllegalArgumentException e) {
            return hex.getBytes(StandardCharsets.UTF_8);
        }
    }

    /**
     * @param records records
     * @return their hashes as leaf data for the Merkle tree
     */
    public static List<byte[]> leaves(List<AuditRecord> records) {
        List<byte[]> out = new ArrayList<>(records.size());
        for (AuditRecord r : records) {
            out.add(hexBytes(r.hash()));
        }
        return out;
    }
}
