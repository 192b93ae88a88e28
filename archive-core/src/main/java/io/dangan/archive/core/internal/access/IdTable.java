package io.dangan.archive.core.internal.access;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A hash table from an id's text to an entry that carries that text (按编号的散列表), for the decision
 * point's three lookups per request (principal, dossier, approval). Open addressing with linear probing: a slot
 * holds the entry itself, so a hit costs the slot and the entry (a {@code ConcurrentHashMap} adds its node in
 * between); the entry keeps its key's hash, so a probe past another entry does not read that entry's key.
 * Entries are only added or replaced, never removed, so a key keeps its slot in a given array and probing stops
 * at the first empty slot.
 *
 * <p>Thread-safe: reads take no lock and see, for each key, the entry last put or one put before it (each
 * slot is written with release and read with acquire semantics, entries are immutable). Writes are serialised on
 * the table. Growing builds a new array and publishes it whole through a volatile field; a reader still probing
 * the old array finds what it held, which was current when the reader started.
 *
 * @param <E> the entries' type
 */
final class IdTable<E extends IdTable.Entry> {
    /**
     * What the table holds: an immutable value that knows its key, the key's hash and, for a key of at most
     * {@value #PACKED} characters below U+0100, the key's characters packed into two longs, so a lookup with an
     * equal key in another string compares it without reading the stored string.
     */
    abstract static class Entry {
        /** The key: an id's text. */
        final String id;
        /** {@code id.hashCode()}. */
        final int hash;
        /** The key's length when packed, else -1. */
        final int packedLength;
        /** Characters 0-7 of the packed key, one per byte from the low end; 0 beyond its length. */
        final long low;
        /** Characters 8-15 of the packed key, likewise. */
        final long high;

        Entry(String id) {
            this.id = Objects.requireNonNull(id, "id");
            this.hash = id.hashCode();
            this.packedLength = packable(id) ? id.length() : -1;
            this.low = packedLength < 0 ? 0 : pack(id, 0);
            this.high = packedLength < 0 ? 0 : pack(id, 8);
        }

        /** @return true when the entry's key equals {@code id}, which is packed ({@code length} >= 0) as given */
        final boolean matches(String id, int length, long low, long high) {
            return length >= 0 ? packedLength == length && this.low == low && this.high == high
                    : packedLength < 0 && this.id.equals(id);
        }
    }

    /** The longest key packed into an entry. */
    static final int PACKED = 16;

    private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(Entry[].class);
    /** The golden ratio as a 32-bit fraction: multiplying by it scatters ids that differ in their last character. */
    private static final int PHI = 0x9E37_79B9;
    private static final int MIN_BITS = 4;
    private static final int MAX_BITS = 30;

    private volatile Entry[] table;
    /** log2 of the table's length; written with the table, under the lock. */
    private int bits;
    private int size;

    /** An empty table. */
    IdTable() {
        bits = MIN_BITS;
        table = new Entry[1 << MIN_BITS];
    }

    static boolean packable(String id) {
        int n = id.length();
        if (n > PACKED) {
            return false;
        }
        int or = 0;
        for (int i = 0; i < n; i++) {
            or |= id.charAt(i);
        }
        return or < 0x100;
    }

    /** Characters {@code from} to {@code from + 7} of a packable key, one per byte from the low end. */
    static long pack(String id, int from) {
        long w = 0;
        int to = Math.min(id.length(), from + 8);
        for (int i = from; i < to; i++) {
            w |= (long) id.charAt(i) << (8 * (i - from));
        }
        return w;
    }

    private static int index(int hash, int bits) {
        return (hash * PHI) >>> (32 - bits);
    }

    /**
     * @param id a key
     * @return the entry whose {@link Entry#id} equals {@code id}, or {@code null}
     */
    @SuppressWarnings("unchecked") // only entries of type E are ever stored
    @Nullable E get(String id) {
        Entry[] t = table;
        int h = id.hashCode();
        int mask = t.length - 1;
        int i = index(h, Integer.numberOfTrailingZeros(t.length));
        // the query packed as entries are, at the first entry with its hash that is not its very string
        int length = -2;
        long low = 0;
        long high = 0;
        for (;;) {
            Entry e = (Entry) SLOT.getAcquire(t, i);
            if (e == null) {
                return null;
            }
            if (e.id == id) {
                return (E) e;
            }
            if (e.hash == h) {
                if (length == -2) {
                    length = packable(id) ? id.length() : -1;
                    if (length >= 0) {
                        low = pack(id, 0);
                        high = pack(id, 8);
                    }
                }
                if (e.matches(id, length, low, high)) {
                    return (E) e;
                }
            }
            i = (i + 1) & mask;
        }
    }

    /**
     * Adds an entry or replaces the one with the same id.
     *
     * @param entry the entry
     * @return the entry replaced, or {@code null}
     */
    synchronized @Nullable E put(E entry) {
        return put(entry, true);
    }

    /**
     * Adds an entry unless one with the same id is there.
     *
     * @param entry the entry
     * @return the entry already there (left in place), or {@code null} when {@code entry} was added
     */
    synchronized @Nullable E putIfAbsent(E entry) {
        return put(entry, false);
    }

    /** @return the number of entries */
    synchronized int size() {
        return size;
    }

    @SuppressWarnings("unchecked") // only entries of type E are ever stored
    private @Nullable E put(E entry, boolean replace) {
        Entry[] t = table;
        int mask = t.length - 1;
        int i = index(entry.hash, bits);
        for (;;) {
            Entry e = t[i];
            if (e == null) {
                break;
            }
            if (e.hash == entry.hash && e.id.equals(entry.id)) {
                if (replace) {
                    SLOT.setRelease(t, i, (Entry) entry);
                }
                return (E) e;
            }
            i = (i + 1) & mask;
        }
        if (size + 1 > maxSize(bits)) {
            grow();
            t = table;
            mask = t.length - 1;
            i = index(entry.hash, bits);
            while (t[i] != null) {
                i = (i + 1) & mask;
            }
        }
        SLOT.setRelease(t, i, (Entry) entry);
        size++;
        return null;
    }

    /** At most three eighths full: a hit then probes about 1.2 slots on average, a miss about 1.8. */
    private static int maxSize(int bits) {
        return bits >= MAX_BITS ? Integer.MAX_VALUE : (int) ((3L << bits) >>> 3);
    }

    private void grow() {
        if (bits >= MAX_BITS) {
            throw new IllegalStateException("the id table is full at " + size + " entries");
        }
        int nb = bits + 1;
        Entry[] old = table;
        Entry[] next = new Entry[1 << nb];
        int mask = next.length - 1;
        for (Entry e : old) {
            if (e != null) {
                int i = index(e.hash, nb);
                while (next[i] != null) {
                    i = (i + 1) & mask;
                }
                next[i] = e;
            }
        }
        bits = nb;
        table = next; // the volatile write publishes the filled array
    }
}
