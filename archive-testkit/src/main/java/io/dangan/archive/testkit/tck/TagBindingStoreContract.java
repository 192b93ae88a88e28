package io.dangan.archive.testkit.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dangan.archive.ArchiveException;
import io.dangan.archive.ConflictException;
import io.dangan.archive.ErrorCode;
import io.dangan.archive.inventory.TagBinding;
import io.dangan.archive.inventory.TagBindingStore;
import io.dangan.archive.inventory.TagCode;
import io.dangan.archive.inventory.TagStatus;
import io.dangan.archive.model.DossierId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The conformance contract of {@link TagBindingStore} (标签绑定存储): one person, one code. A code belongs to one
 * binding for ever, a dossier has at most one active binding, ended bindings stay as history, each change is atomic,
 * and the highest serial per scheme is known. Written once and run against the in-memory store, H2 and PostgreSQL:
 * <pre>{@code
 * class MyTagStoreTest extends TagBindingStoreContract {
 *     @Override protected TagBindingStore emptyStore() { return MyTagStore.fresh(); }
 * }
 * }</pre>
 */
public abstract class TagBindingStoreContract {
    /** The scheme of the fixtures. */
    protected static final String SCHEME = "gdti-96:6901234.00001";
    /** When the fixtures' first tag is issued (with nanoseconds, which must survive). */
    protected static final Instant T0 = Instant.parse("2026-11-25T08:00:00.000000123Z");

    /** The store under test, fresh for each test. */
    protected TagBindingStore store;

    /**
     * Returns the store under test, holding no bindings. Called before each test.
     *
     * @return an empty store
     */
    protected abstract TagBindingStore emptyStore();

    @BeforeEach
    void createStore() {
        store = emptyStore();
        assertThat(store.highestSerial(SCHEME)).as("emptyStore() must hold no bindings").isEmpty();
    }

    /**
     * The code of a serial: 24 hexadecimal digits, like a GDTI-96 EPC.
     *
     * @param serial the serial
     * @return the code
     */
    protected static TagCode code(long serial) {
        return TagCode.of("2C2A" + "%020X".formatted(serial));
    }

    /**
     * An active binding.
     *
     * @param dossier the dossier id
     * @param serial the serial (and code)
     * @param at when issued
     * @return the binding
     */
    protected static TagBinding active(String dossier, long serial, Instant at) {
        return new TagBinding(DossierId.of(dossier), code(serial), SCHEME, serial, TagStatus.ACTIVE, at, null, null);
    }

    private static void assertCode(Throwable t, ErrorCode code) {
        assertThat(t).isInstanceOf(ArchiveException.class);
        assertThat(((ArchiveException) t).code()).isEqualTo(code);
        assertThat(t.getMessage()).isNotBlank();
    }

    @Nested
    @DisplayName("Issuing (发码)")
    class Issuing {
        @Test
        @DisplayName("an issued binding reads back by code, as the dossier's active one and in its history")
        void issue() {
            TagBinding b = active("D-0001", 1, T0);
            store.issue(b);
            assertThat(store.byCode(b.code())).contains(b);
            assertThat(store.active(DossierId.of("D-0001"))).contains(b);
            assertThat(store.history(DossierId.of("D-0001"))).containsExactly(b);
            assertThat(store.byCode(code(2))).isEmpty();
            assertThat(store.active(DossierId.of("D-0002"))).isEmpty();
            assertThat(store.history(DossierId.of("D-0002"))).isEmpty();
        }

        @Test
        @DisplayName("a second active tag for a dossier is TAG_ALREADY_BOUND, and its code is not kept")
        void oneActivePerDossier() {
            store.issue(active("D-0001", 1, T0));
            assertThatThrownBy(() -> store.issue(active("D-0001", 2, T0.plusSeconds(1))))
                    .satisfies(e -> assertCode(e, ErrorCode.TAG_ALREADY_BOUND));
            assertThat(store.byCode(code(2))).isEmpty();
            assertThat(store.history(DossierId.of("D-0001"))).hasSize(1);
        }

        @Test
        @DisplayName("a code that belongs to another dossier, even an ended binding, is a DUPLICATE")
        void codesAreNeverReused() {
            TagBinding first = active("D-0001", 1, T0);
            store.issue(first);
            assertThatThrownBy(() -> store.issue(active("D-0002", 1, T0)))
                    .satisfies(e -> assertCode(e, ErrorCode.DUPLICATE));
            store.retire(first.end(TagStatus.RETIRED, T0.plusSeconds(5), "destroyed"));
            assertThatThrownBy(() -> store.issue(active("D-0002", 1, T0.plusSeconds(6))))
                    .satisfies(e -> assertCode(e, ErrorCode.DUPLICATE));
            assertThat(store.active(DossierId.of("D-0002"))).isEmpty();
            assertThat(store.byCode(code(1))).hasValueSatisfying(b -> {
                assertThat(b.dossier()).isEqualTo(DossierId.of("D-0001"));
                assertThat(b.status()).isEqualTo(TagStatus.RETIRED);
            });
        }

        @Test
        @DisplayName("only an active binding can be issued")
        void onlyActive() {
            TagBinding ended = active("D-0001", 1, T0).end(TagStatus.RETIRED, T0, "x");
            assertThatThrownBy(() -> store.issue(ended)).isInstanceOf(IllegalArgumentException.class);
            assertThat(store.byCode(code(1))).isEmpty();
        }
    }

    @Nested
    @DisplayName("Re-issuing and retiring (补发与注销)")
    class Ending {
        @Test
        @DisplayName("a re-issue ends the old binding as replaced and makes the successor active, in one step")
        void reissue() {
            TagBinding first = active("D-0001", 1, T0);
            store.issue(first);
            Instant later = T0.plus(Duration.ofDays(1)).plusNanos(5);
            TagBinding replaced = first.end(TagStatus.REPLACED, later, "标签破损");
            TagBinding second = active("D-0001", 2, later);
            store.reissue(replaced, second);
            assertThat(store.byCode(first.code())).contains(replaced);
            assertThat(store.active(DossierId.of("D-0001"))).contains(second);
            assertThat(store.history(DossierId.of("D-0001"))).containsExactly(replaced, second);
        }

        @Test
        @DisplayName("a re-issue whose successor code is taken is a DUPLICATE, and the old binding stays active")
        void reissueToTakenCode() {
            TagBinding first = active("D-0001", 1, T0);
            store.issue(first);
            store.issue(active("D-0002", 2, T0));
            assertThatThrownBy(() -> store.reissue(first.end(TagStatus.REPLACED, T0.plusSeconds(1), "lost"),
                    active("D-0001", 2, T0.plusSeconds(1)))).satisfies(e -> assertCode(e, ErrorCode.DUPLICATE));
            assertThat(store.active(DossierId.of("D-0001"))).contains(first);
            assertThat(store.byCode(first.code())).contains(first);
            assertThat(store.history(DossierId.of("D-0001"))).containsExactly(first);
        }

        @Test
        @DisplayName("retiring ends the binding; the dossier may be issued a new code later, and keeps both in history")
        void retire() {
            TagBinding first = active("D-0001", 1, T0);
            store.issue(first);
            TagBinding retired = first.end(TagStatus.RETIRED, T0.plusSeconds(60), "transferred out");
            store.retire(retired);
            assertThat(store.active(DossierId.of("D-0001"))).isEmpty();
            assertThat(store.byCode(first.code())).contains(retired);
            TagBinding again = active("D-0001", 7, T0.plusSeconds(120));
            store.issue(again);
            assertThat(store.history(DossierId.of("D-0001"))).containsExactly(retired, again);
        }

        @Test
        @DisplayName("ending a binding that is not the dossier's active one is TAG_NOT_BOUND, and nothing changes")
        void notBound() {
            TagBinding first = active("D-0001", 1, T0);
            assertThatThrownBy(() -> store.retire(first.end(TagStatus.RETIRED, T0, "x")))
                    .satisfies(e -> assertCode(e, ErrorCode.TAG_NOT_BOUND));
            store.issue(first);
            TagBinding other = active("D-0001", 9, T0);
            assertThatThrownBy(() -> store.retire(other.end(TagStatus.RETIRED, T0, "x")))
                    .satisfies(e -> assertCode(e, ErrorCode.TAG_NOT_BOUND));
            assertThatThrownBy(() -> store.reissue(other.end(TagStatus.REPLACED, T0, "x"), active("D-0001", 10, T0)))
                    .satisfies(e -> assertCode(e, ErrorCode.TAG_NOT_BOUND));
            assertThat(store.byCode(code(10))).isEmpty();
            assertThat(store.active(DossierId.of("D-0001"))).contains(first);
        }

        @Test
        @DisplayName("statuses and dossiers that do not fit the step are programmer errors")
        void wrongArguments() {
            TagBinding first = active("D-0001", 1, T0);
            store.issue(first);
            assertThatThrownBy(() -> store.retire(first.end(TagStatus.REPLACED, T0, "x")))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> store.reissue(first.end(TagStatus.RETIRED, T0, "x"), active("D-0001", 2, T0)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> store.reissue(first.end(TagStatus.REPLACED, T0, "x"), active("D-0002", 2, T0)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(store.active(DossierId.of("D-0001"))).contains(first);
        }
    }

    @Nested
    @DisplayName("Serials and order (序号与顺序)")
    class Serials {
        @Test
        @DisplayName("the highest serial is kept per scheme, ended bindings included")
        void highestSerial() {
            store.issue(active("D-0001", 41, T0));
            store.issue(active("D-0002", 7, T0));
            TagBinding other = new TagBinding(DossierId.of("D-0003"), TagCode.of("3434000000000000000003E8"),
                    "giai-96:6901234", 1000, TagStatus.ACTIVE, T0, null, null);
            store.issue(other);
            store.retire(active("D-0001", 41, T0).end(TagStatus.RETIRED, T0.plusSeconds(1), "destroyed"));
            assertThat(store.highestSerial(SCHEME)).isEqualTo(OptionalLong.of(41));
            assertThat(store.highestSerial("giai-96:6901234")).isEqualTo(OptionalLong.of(1000));
            assertThat(store.highestSerial("sgtin-96:6901234.00001")).isEmpty();
        }

        @Test
        @DisplayName("history is ordered by issue time, then serial")
        void historyOrder() {
            TagBinding a = active("D-0001", 5, T0);
            store.issue(a);
            TagBinding aEnded = a.end(TagStatus.REPLACED, T0, "damaged");
            TagBinding b = active("D-0001", 3, T0);
            store.reissue(aEnded, b);
            TagBinding bEnded = b.end(TagStatus.REPLACED, T0.plusSeconds(1), "lost");
            TagBinding c = active("D-0001", 2, T0.plusSeconds(1));
            store.reissue(bEnded, c);
            assertThat(store.history(DossierId.of("D-0001"))).containsExactly(bEnded, aEnded, c);
        }
    }

    @Nested
    @DisplayName("Concurrent writers (并发)")
    class Concurrency {
        @Test
        @Timeout(value = 60, unit = TimeUnit.SECONDS)
        @DisplayName("two tags issued for one dossier at once: one is kept, the other is TAG_ALREADY_BOUND")
        void oneActiveUnderRace() throws Exception {
            List<Object> outcomes = race(active("D-0001", 1, T0), active("D-0001", 2, T0));
            assertThat(outcomes).filteredOn(ConflictException.class::isInstance).singleElement()
                    .satisfies(e -> assertCode((Throwable) e, ErrorCode.TAG_ALREADY_BOUND));
            assertThat(store.history(DossierId.of("D-0001"))).hasSize(1);
        }

        @Test
        @DisplayName("one code issued to two dossiers at once: one is kept, the other is a DUPLICATE")
        @Timeout(value = 60, unit = TimeUnit.SECONDS)
        void oneCodeUnderRace() throws Exception {
            List<Object> outcomes = race(active("D-0001", 1, T0), active("D-0002", 1, T0));
            assertThat(outcomes).filteredOn(ConflictException.class::isInstance).singleElement()
                    .satisfies(e -> assertCode((Throwable) e, ErrorCode.DUPLICATE));
            assertThat(store.active(DossierId.of("D-0001")).isPresent() ^ store.active(DossierId.of("D-0002")).isPresent())
                    .isTrue();
        }

        private List<Object> race(TagBinding first, TagBinding second) throws Exception {
            CyclicBarrier start = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<Object>> futures = new ArrayList<>();
                for (TagBinding b : List.of(first, second)) {
                    futures.add(pool.submit(() -> {
                        start.await(30, TimeUnit.SECONDS);
                        try {
                            store.issue(b);
                            return b;
                        } catch (ConflictException e) {
                            return e;
                        }
                    }));
                }
                List<Object> outcomes = new ArrayList<>();
                for (Future<Object> f : futures) {
                    outcomes.add(f.get(60, TimeUnit.SECONDS));
                }
                assertThat(outcomes).filteredOn(TagBinding.class::isInstance).hasSize(1);
                return outcomes;
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
