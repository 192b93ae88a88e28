package io.dangan.archive.core.internal.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReference;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The id table behaves as a {@link HashMap} from id to entry under random puts, put-if-absents and gets (ids
 * that share a hash, equal ids in distinct strings, ids around the packed form's limits, growth from empty), and readers running beside a writer that
 * grows the table and replaces entries always find what was published before they looked, never an older entry
 * than one they saw.
 */
class IdTableTest {
    /** A test entry: an id and a version. */
    static final class Val extends IdTable.Entry {
        final int version;

        Val(String id, int version) {
            super(id);
            this.version = version;
        }
    }

    /** One operation: 0 put, 1 put if absent, 2 get; on a key, with a version for the entry. */
    record Op(int kind, String key, int version) {
    }

    @Provide
    Arbitrary<String> keys() {
        // "Aa" and "BB" share a hash, and so does every string made of them: collisions on purpose
        Arbitrary<String> colliding = Arbitraries.of("Aa", "BB").list().ofMinSize(1).ofMaxSize(3)
                .map(l -> String.join("", l));
        Arbitrary<String> plain = Arbitraries.strings().withCharRange('a', 'f').ofMinLength(0).ofMaxLength(3);
        Arbitrary<String> ids = Arbitraries.integers().between(0, 400).map(i -> "D" + i);
        // around the packed form's limits: 16 characters, U+00FF, and NUL beside a shorter key
        Arbitrary<String> edges = Arbitraries.strings().withChars('\0', 'a', '\u00e9', '\u00ff', '\u0100', '档')
                .ofMinLength(0).ofMaxLength(20);
        Arbitrary<String> long16 = Arbitraries.strings().withChars('x', 'y').ofMinLength(15).ofMaxLength(18);
        return Arbitraries.oneOf(colliding, plain, ids, edges, long16);
    }

    @Provide
    Arbitrary<List<Op>> ops() {
        Arbitrary<Op> op = Combinators.combine(Arbitraries.integers().between(0, 2), keys(),
                Arbitraries.integers().between(0, 1000)).as(Op::new);
        return op.list().ofMaxSize(600);
    }

    @Property(tries = 300)
    void behavesAsAHashMap(@ForAll("ops") List<Op> ops) {
        IdTable<Val> table = new IdTable<>();
        Map<String, Val> model = new HashMap<>();
        for (Op op : ops) {
            // a fresh string each time, so lookups compare by equals as well as by identity
            String key = new String(op.key().toCharArray());
            switch (op.kind()) {
                case 0 -> {
                    Val v = new Val(key, op.version());
                    assertThat(table.put(v)).isSameAs(model.put(key, v));
                }
                case 1 -> {
                    Val v = new Val(key, op.version());
                    assertThat(table.putIfAbsent(v)).isSameAs(model.putIfAbsent(key, v));
                }
                default -> assertThat(table.get(key)).isSameAs(model.get(key));
            }
            assertThat(table.size()).isEqualTo(model.size());
        }
        for (Map.Entry<String, Val> e : model.entrySet()) {
            assertThat(table.get(e.getKey())).isSameAs(e.getValue());
        }
        assertThat(table.get("never-put")).isNull();
    }

    @Property(tries = 200)
    void findsEveryIdAmongManyWithOneHash(@ForAll @IntRange(min = 1, max = 9) int length, @ForAll @Size(max = 60) List<Integer> picks) {
        // every string of "Aa"/"BB" blocks of one length has the same hash: a single long probe chain
        IdTable<Val> table = new IdTable<>();
        List<String> all = new ArrayList<>();
        for (int bits = 0; bits < 1 << Math.min(length, 6); bits++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < length; i++) {
                sb.append((bits >> (i % 6) & 1) == 0 ? "Aa" : "BB");
            }
            all.add(sb.toString());
        }
        Map<String, Val> model = new HashMap<>();
        for (int p : picks) {
            String k = all.get(Math.floorMod(p, all.size()));
            Val v = new Val(k, p);
            assertThat(table.put(v)).isSameAs(model.put(k, v));
        }
        for (String k : all) {
            assertThat(table.get(new String(k.toCharArray()))).isSameAs(model.get(k));
        }
    }

    @Property(tries = 20)
    void readersBesideAGrowingTableSeeEveryPublishedEntryAndNoOlderOne(@ForAll @IntRange(min = 1_000, max = 20_000) int n,
            @ForAll long seed) throws Exception {
        IdTable<Val> table = new IdTable<>();
        String[] ids = new String[n];
        for (int i = 0; i < n; i++) {
            ids[i] = "A" + i;
        }
        // published[i]: the version of id i the writer has finished putting (-1 before the first put)
        AtomicIntegerArray published = new AtomicIntegerArray(n);
        for (int i = 0; i < n; i++) {
            published.set(i, -1);
        }
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch start = new CountDownLatch(1);
        int readerCount = 2;
        Thread[] readers = new Thread[readerCount];
        AtomicBoolean done = new AtomicBoolean();
        for (int r = 0; r < readerCount; r++) {
            SplittableRandom rnd = new SplittableRandom(seed + r);
            readers[r] = new Thread(() -> {
                int[] seen = new int[n];
                Arrays.fill(seen, -1);
                try {
                    start.await();
                    while (true) {
                        boolean last = done.get();
                        for (int k = 0; k < 2_000; k++) {
                            int i = rnd.nextInt(n);
                            int before = published.get(i);
                            Val v = table.get(new String(ids[i].toCharArray()));
                            int got = v == null ? -1 : v.version;
                            if (got < before || got < seen[i]) {
                                throw new AssertionError("id " + ids[i] + ": read version " + got + " after version "
                                        + Math.max(before, seen[i]) + " was published or read");
                            }
                            if (v != null && !v.id.equals(ids[i])) {
                                throw new AssertionError("id " + ids[i] + " found entry " + v.id);
                            }
                            seen[i] = got;
                        }
                        if (last) {
                            return;
                        }
                    }
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                }
            });
            readers[r].start();
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        start.countDown();
        for (int i = 0; i < n; i++) {
            table.put(new Val(ids[i], 0));
            published.set(i, 0);
            if (rnd.nextInt(4) == 0) {
                int j = rnd.nextInt(i + 1);
                int next = published.get(j) + 1;
                table.put(new Val(ids[j], next));
                published.set(j, next);
            }
        }
        done.set(true);
        for (Thread t : readers) {
            t.join();
        }
        assertThat(failure.get()).isNull();
        assertThat(table.size()).isEqualTo(n);
        for (int i = 0; i < n; i++) {
            assertThat(table.get(ids[i]).version).isEqualTo(published.get(i));
        }
    }
}
