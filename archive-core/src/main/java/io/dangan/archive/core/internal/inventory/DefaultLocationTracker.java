package io.dangan.archive.core.internal.inventory;

import io.dangan.archive.ErrorCode;
import io.dangan.archive.InvalidInputException;
import io.dangan.archive.audit.EventSink;
import io.dangan.archive.core.hardware.LocationTracker;
import io.dangan.archive.inventory.CustodyStatus;
import io.dangan.archive.inventory.ExpectedItem;
import io.dangan.archive.inventory.FindingKind;
import io.dangan.archive.inventory.InventoryCompleted;
import io.dangan.archive.inventory.InventoryFinding;
import io.dangan.archive.inventory.InventoryReport;
import io.dangan.archive.inventory.InventoryScope;
import io.dangan.archive.inventory.TagBinding;
import io.dangan.archive.inventory.TagCode;
import io.dangan.archive.inventory.TagRegistry;
import io.dangan.archive.inventory.TagStatus;
import io.dangan.archive.inventory.UnexpectedReason;
import io.dangan.archive.rfid.spi.AntennaChanged;
import io.dangan.archive.rfid.spi.AntennaConfig;
import io.dangan.archive.rfid.spi.ConnectionChanged;
import io.dangan.archive.rfid.spi.ConnectionState;
import io.dangan.archive.rfid.spi.DeliveryOverflow;
import io.dangan.archive.rfid.spi.InventoryStarted;
import io.dangan.archive.rfid.spi.InventoryStopped;
import io.dangan.archive.rfid.spi.ReaderConfig;
import io.dangan.archive.rfid.spi.ReaderEvent;
import io.dangan.archive.rfid.spi.TagId;
import io.dangan.archive.rfid.spi.TagKind;
import io.dangan.archive.rfid.spi.TagObserved;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Location resolution and reconciliation over a compact open-addressing table: 96-bit EPCs are keyed by two
 * primitives and each tag keeps its two strongest candidate aliases (exponentially smoothed RSSI and read counts,
 * capped at 1,023) and its last-seen time packed into 32 bytes per slot, one cache line per probe, at most 70 % load. Other tag ids go to an
 * ordinary map. When a third alias sees a tag, it replaces the weaker candidate only if its read is stronger than that
 * candidate's smoothed RSSI.
 */
public final class DefaultLocationTracker implements LocationTracker {
    private static final float NO_RSSI = -200f;
    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private final int minReads;
    private final float alpha;
    private final long departAfterMillis;
    private final TagRegistry registry;
    private final CustodyStatus custody;
    private final EventSink events;

    // 96-bit EPC table: 4 longs per slot, so one probe touches one cache line
    //   w0 = EPC bits 0..63
    //   w1 = EPC bits 64..95 (high 32) | loc1 + 1 (16) | loc2 + 1 (16); 0 means no candidate
    //   w2 = smoothed RSSI 1 (float bits, high 32) | smoothed RSSI 2 (low 32)
    //   w3 = used (bit 63) | reads2 (10 bits, 52..61) | reads1 (10 bits, 42..51) | last seen epoch ms (42 bits)
    private long[] table;
    private int size;
    private int mask;
    // other tag ids
    private final Map<TagId, Track> others = new HashMap<>();

    private final HashMap<String, Integer> aliasIndex = new HashMap<>();
    private final ArrayList<String> aliases = new ArrayList<>();
    private @org.jspecify.annotations.Nullable String lastAlias;
    private int lastAliasIdx = -1;

    // coverage
    private final Map<String, List<String>> aliasesByDevice = new HashMap<>();
    private final Map<String, ConnectionState> deviceState = new HashMap<>();
    private final Set<String> droppedDevices = new HashSet<>();
    private final Set<String> overflowedDevices = new HashSet<>();
    private final Set<String> inventoriedDevices = new HashSet<>();
    private final Set<String> downAliases = new HashSet<>();
    private Instant windowStart = Instant.EPOCH;

    private static final class Track {
        int loc1 = -1;
        int loc2 = -1;
        float rssi1;
        float rssi2;
        int reads1;
        int reads2;
        long lastSeen;
    }

    /**
     * @param minReads reads at one alias before it can be the location (at least 1; 2 in practice)
     * @param alpha the RSSI smoothing factor, in (0, 1]
     * @param departAfter silence after which a tag counts as departed
     * @param expectedTags a capacity hint
     * @param registry resolves unexpected tags
     * @param custody tells present-but-on-loan items apart
     * @param events receives {@code inventory.completed}
     */
    public DefaultLocationTracker(int minReads, double alpha, Duration departAfter, int expectedTags, TagRegistry registry,
            CustodyStatus custody, EventSink events) {
        if (minReads < 1) {
            throw new IllegalArgumentException("minReads " + minReads + " is below 1");
        }
        if (!(alpha > 0 && alpha <= 1)) {
            throw new IllegalArgumentException("alpha " + alpha + " is outside (0, 1]");
        }
        this.minReads = minReads;
        this.alpha = (float) alpha;
        this.departAfterMillis = departAfter.toMillis();
        this.registry = Objects.requireNonNull(registry, "registry");
        this.custody = Objects.requireNonNull(custody, "custody");
        this.events = Objects.requireNonNull(events, "events");
        allocate(Math.max(16, Integer.highestOneBit(Math.max(1, (int) (expectedTags / 0.7))) << 1));
    }

    private void allocate(int capacity) {
        table = new long[capacity * 4];
        mask = capacity - 1;
        size = 0;
    }

    /** @return bytes held per slot by the EPC table */
    public static int bytesPerSlot() {
        return 32;
    }

    private static final long USED = 1L << 63;
    private static final long SEEN_MASK = (1L << 42) - 1;
    private static final int READS_MAX = 1023;

    private boolean used(int s) {
        return table[4 * s + 3] < 0;
    }

    private int loc1(int s) {
        return (int) ((table[4 * s + 1] >>> 16) & 0xFFFF) - 1;
    }

    private int loc2(int s) {
        return (int) (table[4 * s + 1] & 0xFFFF) - 1;
    }

    private float rssi1(int s) {
        return Float.intBitsToFloat((int) (table[4 * s + 2] >>> 32));
    }

    private float rssi2(int s) {
        return Float.intBitsToFloat((int) table[4 * s + 2]);
    }

    private int reads1(int s) {
        return (int) ((table[4 * s + 3] >>> 42) & READS_MAX);
    }

    private int reads2(int s) {
        return (int) ((table[4 * s + 3] >>> 52) & READS_MAX);
    }

    private long lastSeen(int s) {
        return table[4 * s + 3] & SEEN_MASK;
    }

    @Override
    public synchronized long tableBytes() {
        return (long) (mask + 1) * bytesPerSlot() + others.size() * 96L;
    }

    private static int hash(long h, int l) {
        long x = h * 0x9E3779B97F4A7C15L ^ (l * 0xC2B2AE3D27D4EB4FL);
        x ^= x >>> 31;
        x *= 0xBF58476D1CE4E5B9L;
        return (int) (x ^ (x >>> 29));
    }

    private int find(long h, int l) {
        long w1hi = (long) l << 32;
        int i = hash(h, l) & mask;
        while (used(i)) {
            if (table[4 * i] == h && (table[4 * i + 1] & 0xFFFFFFFF00000000L) == w1hi) {
                return i;
            }
            i = (i + 1) & mask;
        }
        return -1;
    }

    private int findOrInsert(long h, int l) {
        long w1hi = (long) l << 32;
        int i = hash(h, l) & mask;
        while (used(i)) {
            if (table[4 * i] == h && (table[4 * i + 1] & 0xFFFFFFFF00000000L) == w1hi) {
                return i;
            }
            i = (i + 1) & mask;
        }
        if (size + 1 > (mask + 1) * 7L / 10) {
            grow();
            return findOrInsert(h, l);
        }
        table[4 * i] = h;
        table[4 * i + 1] = w1hi;
        table[4 * i + 2] = 0;
        table[4 * i + 3] = USED;
        size++;
        return i;
    }

    private void grow() {
        long[] old = table;
        allocate((mask + 1) << 1);
        for (int j = 0; j < old.length; j += 4) {
            if (old[j + 3] < 0) {
                int i = hash(old[j], (int) (old[j + 1] >>> 32)) & mask;
                while (used(i)) {
                    i = (i + 1) & mask;
                }
                System.arraycopy(old, j, table, 4 * i, 4);
                size++;
            }
        }
    }

    private static boolean epc96(TagId tag) {
        return tag.kind() == TagKind.EPC && tag.length() == 12;
    }

    private static long high(TagId tag) {
        long h = 0;
        for (int i = 0; i < 8; i++) {
            h = (h << 8) | (tag.byteAt(i) & 0xFF);
        }
        return h;
    }

    private static int low(TagId tag) {
        int l = 0;
        for (int i = 8; i < 12; i++) {
            l = (l << 8) | (tag.byteAt(i) & 0xFF);
        }
        return l;
    }

    private int alias(String a) {
        if (a == lastAlias) {
            return lastAliasIdx;
        }
        Integer idx = aliasIndex.get(a);
        if (idx == null) {
            if (aliases.size() >= 0xFFFE) {
                throw new IllegalStateException("more than 65,534 antenna aliases");
            }
            idx = aliases.size();
            aliases.add(a);
            aliasIndex.put(a, idx);
        }
        lastAlias = a;
        lastAliasIdx = idx;
        return idx;
    }

    @Override
    public synchronized void onEvent(ReaderEvent event) {
        if (event instanceof TagObserved t) {
            observe(t);
        } else if (event instanceof ConnectionChanged c) {
            deviceState.put(c.deviceId(), c.to());
            if (c.to() == ConnectionState.INVENTORYING) {
                inventoriedDevices.add(c.deviceId());
            } else if (c.to() == ConnectionState.RECONNECTING || c.to() == ConnectionState.FAILED) {
                droppedDevices.add(c.deviceId());
            }
        } else if (event instanceof InventoryStarted s) {
            inventoriedDevices.add(s.deviceId());
        } else if (event instanceof InventoryStopped s && s.reason() == InventoryStopped.Reason.CONNECTION_LOST) {
            droppedDevices.add(s.deviceId());
        } else if (event instanceof AntennaChanged a && !a.connected()) {
            downAliases.add(a.alias());
        } else if (event instanceof DeliveryOverflow o) {
            // observations were dropped by a saturated queue: what this reader saw is incomplete
            overflowedDevices.add(o.deviceId());
        }
    }

    /**
     * Records one observation (the hot path).
     *
     * @param t the observation
     */
    public synchronized void observe(TagObserved t) {
        TagId tag = t.tag();
        int a = alias(t.antennaAlias());
        Double r = t.rssiDbm();
        float rssi = r == null ? NO_RSSI : r.floatValue();
        long at = t.at().toEpochMilli();
        inventoriedDevices.add(t.deviceId());
        if (epc96(tag)) {
            int s = findOrInsert(high(tag), low(tag));
            int b = 4 * s;
            long w1 = table[b + 1];
            long w3 = table[b + 3];
            int l1 = (int) ((w1 >>> 16) & 0xFFFF) - 1;
            int l2 = (int) (w1 & 0xFFFF) - 1;
            float r1 = Float.intBitsToFloat((int) (table[b + 2] >>> 32));
            float r2 = Float.intBitsToFloat((int) table[b + 2]);
            int n1 = (int) ((w3 >>> 42) & READS_MAX);
            int n2 = (int) ((w3 >>> 52) & READS_MAX);
            if (l1 == a) {
                r1 += alpha * (rssi - r1);
                n1 = Math.min(READS_MAX, n1 + 1);
            } else if (l2 == a) {
                r2 += alpha * (rssi - r2);
                n2 = Math.min(READS_MAX, n2 + 1);
            } else if (l1 < 0) {
                l1 = a;
                r1 = rssi;
                n1 = 1;
            } else if (l2 < 0) {
                l2 = a;
                r2 = rssi;
                n2 = 1;
            } else if (r1 <= r2) {
                if (rssi > r1) {
                    l1 = a;
                    r1 = rssi;
                    n1 = 1;
                }
            } else if (rssi > r2) {
                l2 = a;
                r2 = rssi;
                n2 = 1;
            }
            long seen = Math.max(w3 & SEEN_MASK, Math.min(SEEN_MASK, Math.max(0, at)));
            table[b + 1] = (w1 & 0xFFFFFFFF00000000L) | ((long) (l1 + 1) << 16) | (l2 + 1);
            table[b + 2] = ((long) Float.floatToRawIntBits(r1) << 32) | (Float.floatToRawIntBits(r2) & 0xFFFFFFFFL);
            table[b + 3] = USED | ((long) n2 << 52) | ((long) n1 << 42) | seen;
        } else {
            Track k = others.computeIfAbsent(tag, x -> new Track());
            if (k.loc1 == a) {
                k.rssi1 += alpha * (rssi - k.rssi1);
                k.reads1++;
            } else if (k.loc2 == a) {
                k.rssi2 += alpha * (rssi - k.rssi2);
                k.reads2++;
            } else if (k.loc1 < 0) {
                k.loc1 = a;
                k.rssi1 = rssi;
                k.reads1 = 1;
            } else if (k.loc2 < 0 || rssi > Math.min(k.rssi1, k.rssi2)) {
                if (k.loc2 < 0 || k.rssi2 < k.rssi1) {
                    k.loc2 = a;
                    k.rssi2 = rssi;
                    k.reads2 = 1;
                } else {
                    k.loc1 = a;
                    k.rssi1 = rssi;
                    k.reads1 = 1;
                }
            }
            k.lastSeen = Math.max(k.lastSeen, at);
        }
    }

    private int choose(int l1, float r1, int n1, int l2, float r2, int n2) {
        boolean ok1 = l1 >= 0 && n1 >= minReads;
        boolean ok2 = l2 >= 0 && n2 >= minReads;
        if (ok1 && ok2) {
            return r1 > r2 || (r1 == r2 && n1 >= n2) ? l1 : l2;
        }
        if (ok1) {
            return l1;
        }
        if (ok2) {
            return l2;
        }
        // nothing seen often enough: the strongest candidate, tentatively
        if (l2 < 0) {
            return l1;
        }
        return r1 >= r2 ? l1 : l2;
    }

    private String locationAt(int s) {
        return aliases.get(choose(loc1(s), rssi1(s), reads1(s), loc2(s), rssi2(s), reads2(s)));
    }

    private String locationOf(Track k) {
        return aliases.get(choose(k.loc1, k.rssi1, k.reads1, k.loc2, k.rssi2, k.reads2));
    }

    @Override
    public synchronized void track(ReaderConfig config) {
        List<String> list = new ArrayList<>();
        for (AntennaConfig a : config.antennas()) {
            list.add(a.alias());
        }
        aliasesByDevice.put(config.device().deviceId(), list);
    }

    @Override
    public synchronized void beginWindow(Instant start) {
        windowStart = Objects.requireNonNull(start, "start");
        allocate(mask + 1);
        others.clear();
        droppedDevices.clear();
        overflowedDevices.clear();
        downAliases.clear();
        inventoriedDevices.clear();
        deviceState.forEach((id, st) -> {
            if (st == ConnectionState.INVENTORYING) {
                inventoriedDevices.add(id);
            }
        });
    }

    @Override
    public synchronized Optional<String> locationOf(TagId tag, Instant now) {
        long cutoff = now.toEpochMilli() - departAfterMillis;
        if (epc96(tag)) {
            int s = find(high(tag), low(tag));
            return s >= 0 && lastSeen(s) >= cutoff ? Optional.of(locationAt(s)) : Optional.empty();
        }
        Track k = others.get(tag);
        return k != null && k.lastSeen >= cutoff ? Optional.of(locationOf(k)) : Optional.empty();
    }

    @Override
    public synchronized int trackedTags() {
        return size + others.size();
    }

    @Override
    public synchronized Set<String> uncovered() {
        Set<String> out = new TreeSet<>(downAliases);
        aliasesByDevice.forEach((device, list) -> {
            if (droppedDevices.contains(device) || overflowedDevices.contains(device)
                    || !inventoriedDevices.contains(device)) {
                out.addAll(list);
            }
        });
        return out;
    }

    private static boolean overlaps(String a, String b) {
        return a.equals(b) || (a.startsWith(b) && a.charAt(b.length()) == '/')
                || (b.startsWith(a) && b.charAt(a.length()) == '/');
    }

    /**
     * Whether a location was covered in the window, so that not seeing a tag there means it is missing. Without
     * any tracked reader nothing is covered: an unseen item is then NOT_VERIFIED, never missing.
     */
    private boolean verified(String location, Set<String> uncovered, Map<String, Boolean> cache) {
        if (aliasesByDevice.isEmpty()) {
            return false;
        }
        Boolean v = cache.get(location);
        if (v == null) {
            boolean anyCovering = false;
            boolean anyDown = false;
            for (List<String> list : aliasesByDevice.values()) {
                for (String a : list) {
                    if (overlaps(location, a)) {
                        anyCovering = true;
                    }
                }
            }
            for (String a : uncovered) {
                if (overlaps(location, a)) {
                    anyDown = true;
                }
            }
            v = anyCovering && !anyDown;
            cache.put(location, v);
        }
        return v;
    }

    private static final byte[] HEX_VALUE = new byte[128];

    static {
        java.util.Arrays.fill(HEX_VALUE, (byte) -1);
        for (int i = 0; i < 16; i++) {
            HEX_VALUE["0123456789ABCDEF".charAt(i)] = (byte) i;
            HEX_VALUE["0123456789abcdef".charAt(i)] = (byte) i;
        }
    }

    private static long parseHex(String hex, int from, int to) {
        long v = 0;
        for (int i = from; i < to; i++) {
            v = (v << 4) | HEX_VALUE[hex.charAt(i) & 0x7F];
        }
        return v;
    }

    @Override
    public synchronized InventoryReport reconcile(InventoryScope scope, Collection<ExpectedItem> expected, Instant end,
            String actor) {
        if (end.isBefore(windowStart)) {
            throw new InvalidInputException(ErrorCode.INVENTORY_INVALID, "end",
                    "inventory window ends " + end + " before it starts " + windowStart);
        }
        long cutoff = end.toEpochMilli() - departAfterMillis;
        Set<String> uncovered = uncovered();
        Map<String, Boolean> verifiedCache = new HashMap<>();
        BitSet matched = new BitSet(mask + 1);
        Set<TagId> matchedOthers = new HashSet<>();
        List<InventoryFinding> findings = new ArrayList<>();
        int found = 0;
        int misplaced = 0;
        int missing = 0;
        int notVerified = 0;
        String lastWhere = null;
        for (ExpectedItem e : expected) {
            String where = e.location();
            if (where != lastWhere && !scope.contains(where)) {
                throw new InvalidInputException(ErrorCode.INVENTORY_INVALID, e.dossier().value(), "dossier "
                        + e.dossier() + " is expected at " + where + ", outside scope " + scope.prefix());
            }
            lastWhere = where;
            String hex = e.code().hex();
            String seenAt = null;
            if (hex.length() == 24) {
                int s = find(parseHex(hex, 0, 16), (int) parseHex(hex, 16, 24));
                if (s >= 0 && lastSeen(s) >= cutoff) {
                    matched.set(s);
                    seenAt = locationAt(s);
                }
            } else {
                TagId id = TagId.epc(hex);
                Track k = others.get(id);
                if (k != null && k.lastSeen >= cutoff) {
                    matchedOthers.add(id);
                    seenAt = locationOf(k);
                }
            }
            if (seenAt == null) {
                if (verified(where, uncovered, verifiedCache)) {
                    missing++;
                    findings.add(new InventoryFinding(FindingKind.MISSING, e.dossier(), hex, where, null, null));
                } else {
                    notVerified++;
                    findings.add(new InventoryFinding(FindingKind.NOT_VERIFIED, e.dossier(), hex, where, null, null));
                }
            } else if (seenAt.equals(where) || (where.startsWith(seenAt) && where.charAt(seenAt.length()) == '/')) {
                found++;
            } else if (scope.contains(seenAt)) {
                misplaced++;
                findings.add(new InventoryFinding(FindingKind.MISPLACED, e.dossier(), hex, where, seenAt, null));
            } else {
                missing++;
                findings.add(new InventoryFinding(FindingKind.MISSING, e.dossier(), hex, where, seenAt, null));
            }
        }
        int unexpected = 0;
        for (int s = 0; s <= mask; s++) {
            if (used(s) && !matched.get(s) && lastSeen(s) >= cutoff) {
                String at = locationAt(s);
                if (scope.contains(at)) {
                    byte[] b = new byte[12];
                    long h = table[4 * s];
                    for (int i = 7; i >= 0; i--) {
                        b[i] = (byte) h;
                        h >>>= 8;
                    }
                    int l = (int) (table[4 * s + 1] >>> 32);
                    for (int i = 11; i >= 8; i--) {
                        b[i] = (byte) l;
                        l >>>= 8;
                    }
                    findings.add(unexpected(HEX.formatHex(b), at, end));
                    unexpected++;
                }
            }
        }
        for (Map.Entry<TagId, Track> o : others.entrySet()) {
            if (!matchedOthers.contains(o.getKey()) && o.getValue().lastSeen >= cutoff) {
                String at = locationOf(o.getValue());
                if (scope.contains(at)) {
                    findings.add(unexpected(o.getKey().hex(), at, end));
                    unexpected++;
                }
            }
        }
        findings.sort(Comparator.comparing(InventoryFinding::kind).thenComparing(InventoryFinding::tag));
        InventoryReport report = new InventoryReport(scope, windowStart, end, expected.size(), found, misplaced, missing,
                notVerified, unexpected, findings, uncovered);
        events.emit(new InventoryCompleted(end, actor, report));
        return report;
    }

    private InventoryFinding unexpected(String hex, String at, Instant end) {
        Optional<TagBinding> binding = hex.length() % 4 == 0 && hex.length() >= 4
                ? registry.byCode(new TagCode(hex)) : Optional.empty();
        if (binding.isEmpty()) {
            return new InventoryFinding(FindingKind.UNEXPECTED, null, hex, null, at, UnexpectedReason.UNKNOWN_TAG);
        }
        TagBinding b = binding.get();
        UnexpectedReason reason = b.status() != TagStatus.ACTIVE ? UnexpectedReason.RETIRED_TAG
                : custody.of(b.dossier(), end).mayLeave() ? UnexpectedReason.ON_LOAN : UnexpectedReason.OTHER_SCOPE;
        return new InventoryFinding(FindingKind.UNEXPECTED, b.dossier(), hex, null, at, reason);
    }
}
