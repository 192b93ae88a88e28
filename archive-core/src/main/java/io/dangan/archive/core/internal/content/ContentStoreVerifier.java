package io.dangan.archive.core.internal.content;

import io.dangan.archive.ArchiveException;
import io.dangan.archive.IntegrityException;
import io.dangan.archive.NotFoundException;
import io.dangan.archive.model.Digest;
import io.dangan.archive.store.ContentEntry;
import io.dangan.archive.store.ContentFinding;
import io.dangan.archive.store.ContentFindingCode;
import io.dangan.archive.store.ContentStore;
import io.dangan.archive.store.ContentVerificationProgress;
import io.dangan.archive.store.ContentVerificationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Verifies a whole content store in parallel: lists its entries, reads every object through the store's verifying
 * stream on {@code threads} worker threads (largest objects first, so the workers finish together), and compares the
 * objects present with the ones expected. Works on any {@link ContentStore}.
 */
public final class ContentStoreVerifier {
    private static final int BUFFER = 64 * 1024;

    private ContentStoreVerifier() {
    }

    /**
     * Runs a verification.
     *
     * @param store the store
     * @param expected the addresses that must be present (e.g. every content reference of every material), or
     *     {@code null} to skip the MISSING and UNEXPECTED checks
     * @param threads the number of worker threads, at least 1
     * @param progress the progress listener
     * @return the report
     */
    public static ContentVerificationReport verify(ContentStore store, @Nullable Collection<Digest> expected,
            int threads, ContentVerificationProgress progress) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        List<ContentFinding> findings = new ArrayList<>();
        List<ContentEntry> objects = new ArrayList<>();
        try (Stream<ContentEntry> entries = store.entries()) {
            entries.forEach(e -> {
                if (e.isObject()) {
                    objects.add(e);
                } else {
                    findings.add(new ContentFinding(ContentFindingCode.FOREIGN, e.name(),
                            "entry %s (%d bytes) is not a content object of this store".formatted(e.name(), e.size())));
                }
            });
        } catch (UncheckedIOException e) {
            throw new ArchiveException(io.dangan.archive.ErrorCode.STORE_FAILURE, "content store",
                    "content store cannot be listed: " + e.getMessage(), e);
        }
        if (expected != null) {
            Set<Digest> present = new HashSet<>();
            for (ContentEntry e : objects) {
                present.add(e.address());
            }
            Set<Digest> wanted = new HashSet<>(expected);
            for (Digest d : wanted) {
                if (d.algorithm() != store.addressAlgorithm()) {
                    throw new IllegalArgumentException("expected address " + d + " is not a "
                            + store.addressAlgorithm().standardName() + " digest");
                }
                if (!present.contains(d)) {
                    findings.add(new ContentFinding(ContentFindingCode.MISSING, d.toString(),
                            "content %s is referenced but not stored".formatted(d)));
                }
            }
            for (ContentEntry e : objects) {
                if (!wanted.contains(e.address())) {
                    findings.add(new ContentFinding(ContentFindingCode.UNEXPECTED, String.valueOf(e.address()),
                            "content %s (%d bytes) is stored but referenced by no material".formatted(
                                    e.address(), e.size())));
                }
            }
        }
        objects.sort(Comparator.comparingLong(ContentEntry::size).reversed());
        long bytesTotal = objects.stream().mapToLong(ContentEntry::size).sum();
        Progress tracker = new Progress(progress, objects.size(), bytesTotal);
        tracker.report();
        AtomicInteger next = new AtomicInteger();
        int workers = Math.min(threads, Math.max(1, objects.size()));
        List<List<ContentFinding>> perWorker = new ArrayList<>();
        if (workers == 1) {
            perWorker.add(work(store, objects, next, tracker));
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
                Thread t = new Thread(r, "content-verify");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<List<ContentFinding>>> futures = new ArrayList<>();
                for (int i = 0; i < workers; i++) {
                    futures.add(pool.submit(() -> work(store, objects, next, tracker)));
                }
                for (Future<List<ContentFinding>> f : futures) {
                    perWorker.add(f.get());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("content verification interrupted", e);
            } catch (ExecutionException e) {
                Throwable c = e.getCause();
                if (c instanceof RuntimeException re) {
                    throw re;
                }
                throw new IllegalStateException("content verification failed", c);
            } finally {
                pool.shutdownNow();
            }
        }
        perWorker.forEach(findings::addAll);
        return new ContentVerificationReport(tracker.objectsDone, tracker.bytesDone, findings);
    }

    private static List<ContentFinding> work(ContentStore store, List<ContentEntry> objects, AtomicInteger next,
            Progress tracker) {
        List<ContentFinding> found = new ArrayList<>();
        byte[] buf = new byte[BUFFER];
        int i;
        while ((i = next.getAndIncrement()) < objects.size()) {
            ContentEntry e = objects.get(i);
            Digest address = e.address();
            long read = 0;
            try (InputStream in = store.open(address)) {
                int n;
                while ((n = in.read(buf)) >= 0) {
                    read += n;
                }
            } catch (IntegrityException x) {
                found.add(new ContentFinding(ContentFindingCode.CORRUPT, String.valueOf(address), x.getMessage()));
            } catch (NotFoundException x) {
                found.add(new ContentFinding(ContentFindingCode.UNREADABLE, String.valueOf(address),
                        "content %s vanished during verification".formatted(address)));
            } catch (IOException | UncheckedIOException | ArchiveException x) {
                found.add(new ContentFinding(ContentFindingCode.UNREADABLE, String.valueOf(address),
                        "content %s cannot be read: %s".formatted(address, x.getMessage())));
            }
            tracker.done(read);
        }
        return found;
    }

    /** Serialises progress calls; counters only grow. */
    private static final class Progress {
        private final ContentVerificationProgress listener;
        private final long objectsTotal;
        private final long bytesTotal;
        private long objectsDone;
        private long bytesDone;

        Progress(ContentVerificationProgress listener, long objectsTotal, long bytesTotal) {
            this.listener = listener;
            this.objectsTotal = objectsTotal;
            this.bytesTotal = bytesTotal;
        }

        synchronized void done(long bytes) {
            objectsDone++;
            bytesDone += bytes;
            report();
        }

        synchronized void report() {
            listener.progress(objectsDone, objectsTotal, bytesDone, Math.max(bytesTotal, bytesDone));
        }
    }
}
