package io.dangan.archive.core.internal.audit;

import io.dangan.archive.audit.AuditRecord;
import io.dangan.archive.audit.DomainEvent;
import io.dangan.archive.crypto.Hasher;
import io.dangan.archive.model.DigestAlgorithm;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

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
    private static final byte[] LEAF_PREFIX = {0};
    private static final byte[] NODE_PREFIX = {1};
    /** Hashers are not thread-safe and cost an engine to create: one per thread and algorithm. */
    private static final ThreadLocal<java.util.EnumMap<DigestAlgorithm, Hasher>> HASHERS =
            ThreadLocal.withInitial(() -> new java.util.EnumMap<>(DigestAlgorithm.class));

    private AuditCodec() {
    }

    /**
     * An event ready to be chained (待链接事件): its record fields and the canonical bytes of every field after
     * the sequence, computed once, outside the log's write lock. Only {@link #seal} (sequence, previous hash,
     * one digest) runs in the log's single order.
     *
     * @param occurredAt when the event happened
     * @param type the event type
     * @param actor who caused it
     * @param resource the resource reference
     * @param dossier the dossier, or empty
     * @param action the action code, or empty
     * @param outcome the outcome, or empty
     * @param reasons the reason codes
     * @param requestHash the request hash, or empty
     * @param details a private copy of the event's details
     * @param tail the canonical encoding of the fields from {@code occurredAt} on (not to be modified)
     */
    public record Prepared(Instant occurredAt, String type, String actor, String resource, String dossier, String action,
            String outcome, List<String> reasons, String requestHash, SortedMap<String, String> details, byte[] tail) {
    }

    /**
     * Prepares an event for chaining: copies its fields once and encodes them canonically.
     *
     * @param event the event
     * @return the prepared event
     */
    public static Prepared prepare(DomainEvent event) {
        SortedMap<String, String> d = Collections.unmodifiableSortedMap(new TreeMap<>(event.details()));
        String reasons = d.getOrDefault("reasons", "");
        List<String> reasonList = reasons.isEmpty() ? List.of() : List.of(reasons.split(","));
        Instant at = event.occurredAt();
        String type = event.type();
        String actor = event.actor();
        String resource = event.subjectRef();
        String dossier = d.getOrDefault("dossier", "");
        String action = d.getOrDefault("action", "");
        String outcome = d.getOrDefault("outcome", "");
        String requestHash = d.getOrDefault("requestHash", "");
        byte[] tail = tail(at, type, actor, resource, dossier, action, outcome, reasonList, requestHash, d);
        return new Prepared(at, type, actor, resource, dossier, action, outcome, reasonList, requestHash, d, tail);
    }

    /**
     * Chains a prepared event: {@code hash = H(previous || tag || sequence || tail)}.
     *
     * @param algorithm the chain's digest
     * @param p the prepared event
     * @param sequence its sequence
     * @param previousHash the previous record's hash, lower-case hex
     * @param previous the same hash as bytes
     * @return the record with its hash
     */
    public static AuditRecord seal(DigestAlgorithm algorithm, Prepared p, long sequence, String previousHash,
            byte[] previous) {
        return seal(p, sequence, previousHash, HEX.formatHex(chain(algorithm, previous, sequence, p.tail())));
    }

    /**
     * @param p a prepared event
     * @param sequence its sequence
     * @param previousHash the previous record's hash
     * @param hash its hash from {@link #chain}, lower-case hex
     * @return the record
     */
    static AuditRecord seal(Prepared p, long sequence, String previousHash, String hash) {
        return new AuditRecord(sequence, p.occurredAt(), p.type(), p.actor(), p.resource(), p.dossier(), p.action(),
                p.outcome(), p.reasons(), p.requestHash(), p.details(), previousHash, hash);
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
        return seal(algorithm, prepare(event), sequence, previousHash, hexBytes(previousHash));
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
        byte[] tail = tail(r.occurredAt(), r.type(), r.actor(), r.resource(), r.dossier(), r.action(), r.outcome(),
                r.reasons(), r.requestHash(), r.details());
        return HEX.formatHex(chain(algorithm, hexBytes(r.previousHash()), sequence, tail));
    }

    private static byte[] tail(Instant occurredAt, String type, String actor, String resource, String dossier,
            String action, String outcome, List<String> reasons, String requestHash, SortedMap<String, String> details) {
        Fields out = new Fields(256 + 48 * details.size());
        out.instant(occurredAt);
        out.field(type);
        out.field(actor);
        out.field(resource);
        out.field(dossier);
        out.field(action);
        out.field(outcome);
        out.field(reasons.size() == 1 ? reasons.get(0) : String.join(",", reasons));
        out.field(requestHash);
        out.field(Integer.toString(details.size()));
        for (Map.Entry<String, String> e : details.entrySet()) {
            out.field(e.getKey());
            out.field(e.getValue());
        }
        return out.toByteArray();
    }

    /**
     * @param t an instant
     * @return its field in the canonical encoding: the length-prefixed UTF-8 of {@link Instant#toString()}
     */
    static byte[] instantField(Instant t) {
        Fields out = new Fields(40);
        out.instant(t);
        return out.toByteArray();
    }

    /**
     * The canonical encoding being written (规范编码缓冲): length-prefixed UTF-8 fields. ASCII text, the usual
     * case, is copied char by char, and an instant is written as {@link Instant#toString()} would print it
     * without building the string. Not thread-safe.
     */
    private static final class Fields {
        /** Epoch seconds of 0000-01-01T00:00:00Z and 10000-01-01T00:00:00Z: four-digit years in between. */
        private static final long FIRST_FOUR_DIGIT_YEAR = -62_167_219_200L;
        private static final long AFTER_FOUR_DIGIT_YEARS = 253_402_300_800L;

        private byte[] buffer;
        private int size;

        Fields(int capacity) {
            buffer = new byte[capacity];
        }

        void field(String s) {
            int n = s.length();
            ensure(4 + n);
            int at = size + 4;
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                if (c >= 0x80) {
                    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
                    ensure(4 + utf8.length);
                    length(utf8.length);
                    System.arraycopy(utf8, 0, buffer, size, utf8.length);
                    size += utf8.length;
                    return;
                }
                buffer[at + i] = (byte) c;
            }
            length(n);
            size += n;
        }

        /** {@code yyyy-MM-ddTHH:mm:ss[.SSS|.SSSSSS|.SSSSSSSSS]Z}, as {@link Instant#toString()} prints it. */
        void instant(Instant t) {
            long seconds = t.getEpochSecond();
            if (seconds < FIRST_FOUR_DIGIT_YEAR || seconds >= AFTER_FOUR_DIGIT_YEARS) {
                field(t.toString()); // signed or five-digit years: rare, and printed by the JDK itself
                return;
            }
            int nano = t.getNano();
            int fraction = nano == 0 ? 0 : nano % 1_000_000 == 0 ? 3 : nano % 1_000 == 0 ? 6 : 9;
            int n = 20 + (fraction == 0 ? 0 : 1 + fraction);
            ensure(4 + n);
            length(n);
            long day = Math.floorDiv(seconds, 86_400L);
            int secondOfDay = (int) Math.floorMod(seconds, 86_400L);
            LocalDate date = LocalDate.ofEpochDay(day);
            digits(date.getYear(), 4);
            buffer[size++] = '-';
            digits(date.getMonthValue(), 2);
            buffer[size++] = '-';
            digits(date.getDayOfMonth(), 2);
            buffer[size++] = 'T';
            digits(secondOfDay / 3_600, 2);
            buffer[size++] = ':';
            digits(secondOfDay / 60 % 60, 2);
            buffer[size++] = ':';
            digits(secondOfDay % 60, 2);
            if (fraction > 0) {
                buffer[size++] = '.';
                digits(fraction == 3 ? nano / 1_000_000 : fraction == 6 ? nano / 1_000 : nano, fraction);
            }
            buffer[size++] = 'Z';
        }

        private void digits(int value, int width) {
            for (int i = size + width - 1; i >= size; i--) {
                buffer[i] = (byte) ('0' + value % 10);
                value /= 10;
            }
            size += width;
        }

        private void length(int n) {
            buffer[size++] = (byte) (n >>> 24);
            buffer[size++] = (byte) (n >>> 16);
            buffer[size++] = (byte) (n >>> 8);
            buffer[size++] = (byte) n;
        }

        private void ensure(int more) {
            if (size + more > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
            }
        }

        byte[] toByteArray() {
            return Arrays.copyOf(buffer, size);
        }
    }

    /**
     * @param algorithm the chain's digest
     * @param previous the previous record's hash
     * @param sequence the sequence
     * @param tail the canonical encoding of the fields after the sequence
     * @return the record's hash
     */
    static byte[] chain(DigestAlgorithm algorithm, byte[] previous, long sequence, byte[] tail) {
        byte[] seq = Long.toString(sequence).getBytes(StandardCharsets.US_ASCII);
        byte[] head = new byte[TAG.length + 4 + seq.length];
        System.arraycopy(TAG, 0, head, 0, TAG.length);
        int n = seq.length;
        head[TAG.length] = (byte) (n >>> 24);
        head[TAG.length + 1] = (byte) (n >>> 16);
        head[TAG.length + 2] = (byte) (n >>> 8);
        head[TAG.length + 3] = (byte) n;
        System.arraycopy(seq, 0, head, TAG.length + 4, n);
        Hasher h = hasher(algorithm);
        h.reset();
        h.update(previous);
        h.update(head);
        h.update(tail);
        return h.finishBytes();
    }

    /**
     * The RFC 6962 leaf hash of a record: {@code H(0x00 || record hash bytes)}.
     *
     * @param algorithm the tree's digest
     * @param recordHash the record's hash as bytes
     * @return the leaf hash
     */
    public static byte[] leafHash(DigestAlgorithm algorithm, byte[] recordHash) {
        Hasher h = hasher(algorithm);
        h.reset();
        h.update(LEAF_PREFIX);
        h.update(recordHash);
        return h.finishBytes();
    }

    /**
     * The RFC 6962 interior node hash {@code H(0x01 || left || right)}.
     *
     * @param algorithm the tree's digest
     * @param left the left child's hash
     * @param right the right child's hash
     * @return the node hash
     */
    public static byte[] nodeHash(DigestAlgorithm algorithm, byte[] left, byte[] right) {
        Hasher h = hasher(algorithm);
        h.reset();
        h.update(NODE_PREFIX);
        h.update(left);
        h.update(right);
        return h.finishBytes();
    }

    private static Hasher hasher(DigestAlgorithm algorithm) {
        return HASHERS.get().computeIfAbsent(algorithm, a -> Hasher.of(a));
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
