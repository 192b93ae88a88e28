package io.dangan.archive.core.internal.audit;

import io.dangan.archive.audit.AuditRecord;
import io.dangan.archive.core.internal.json.AuditJson;
import io.dangan.archive.model.DigestAlgorithm;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Chains one append batch chunk by chunk (链接流水线) so that hashing overlaps writing: the writer asks for
 * chunk k while a helper thread runs ahead chaining chunks k+1, k+2... Chunk k needs the last hash of chunk
 * k-1, so chunks are chained strictly in order, each by whichever thread claims it first; the writer claims a
 * chunk itself when the helper has not reached it (a busy or missing executor only costs the overlap, never
 * progress). Each chunk carries its records, their details as stored JSON and the stored-level Merkle subtrees
 * they complete, so that the writing thread only binds and sends.
 *
 * <p>Thread-safe; the chain state passes between the two threads through this object's monitor.
 */
final class ChainPipeline {
    /** Events in the first chunk: few, so that the database starts soon after the batch does. */
    static final int FIRST_CHUNK = 32;
    /**
     * Events in every further chunk: one multi-row insert of the driver's batch rewriting. Measured against
     * chunks growing threefold and one chunk per batch, this kept the helper furthest ahead of the database on
     * a shared two-core machine.
     */
    static final int CHUNK = 128;
    private static final HexFormat HEX = HexFormat.of();

    private final DigestAlgorithm algorithm;
    private final List<AuditCodec.Prepared> events;
    private final AuditChunk[] done;
    /** Chunk k holds events {@code starts[k]} to {@code starts[k + 1] - 1}. */
    private final int[] starts;
    private final @Nullable MerkleFrontier frontier;
    private int claimed;
    private boolean cancelled;
    private @Nullable Throwable failure;
    // the chain state: read and written only by the thread chaining the current chunk
    private long sequence;
    private String previousHex;
    private byte[] previous;

    /**
     * @param algorithm the chain and tree digest
     * @param events the prepared events, in order
     * @param headSequence the sequence of the last stored record (0 when empty)
     * @param headHash its hash ({@link AuditCodec#GENESIS} when empty)
     * @param frontier the tree's frontier at the head, copied here; null when unknown (no subtrees recorded)
     */
    ChainPipeline(DigestAlgorithm algorithm, List<AuditCodec.Prepared> events, long headSequence, String headHash,
            @Nullable MerkleFrontier frontier) {
        this.algorithm = algorithm;
        this.events = events;
        List<Integer> starts = new ArrayList<>();
        for (int at = 0, size = FIRST_CHUNK; at < events.size(); at += size, size = CHUNK) {
            starts.add(at);
        }
        starts.add(events.size());
        this.starts = starts.stream().mapToInt(Integer::intValue).toArray();
        this.done = new AuditChunk[this.starts.length - 1];
        this.frontier = frontier == null ? null : frontier.copy();
        this.sequence = headSequence;
        this.previousHex = headHash;
        this.previous = AuditCodec.hexBytes(headHash);
    }

    /**
     * Starts the helper on an executor, after the writer has chained the first chunk itself (the database
     * can start at once). A rejected task is ignored: the writer then chains every chunk.
     *
     * @param executor runs the helper
     */
    void start(Executor executor) {
        if (done.length == 0) {
            return;
        }
        get(0);
        if (done.length > 1) {
            try {
                executor.execute(this::runAhead);
            } catch (RejectedExecutionException e) {
                // the writer chains the rest itself
            }
        }
    }

    /** @return one supplier per chunk, in order; each blocks until its chunk is chained */
    List<Supplier<AuditChunk>> chunks() {
        List<Supplier<AuditChunk>> out = new ArrayList<>(done.length);
        for (int k = 0; k < done.length; k++) {
            int chunk = k;
            out.add(() -> get(chunk));
        }
        return out;
    }

    /** Stops the helper after its current chunk (the batch is abandoned). */
    synchronized void cancel() {
        cancelled = true;
        notifyAll();
    }

    private void runAhead() {
        while (true) {
            int k;
            synchronized (this) {
                if (cancelled || failure != null || claimed >= done.length) {
                    return;
                }
                k = claimed++;
            }
            chain(k);
        }
    }

    /**
     * @param k a chunk
     * @return it, chained (by this thread if nobody claimed it yet)
     */
    AuditChunk get(int k) {
        boolean mine = false;
        synchronized (this) {
            if (claimed == k) {
                claimed++;
                mine = true;
            }
        }
        if (mine) {
            chain(k);
        }
        return await(k);
    }

    private synchronized AuditChunk await(int k) {
        boolean interrupted = false;
        try {
            while (done[k] == null && failure == null) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        if (failure instanceof RuntimeException r) {
            throw r;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        return done[k];
    }

    private void chain(int k) {
        if (k > 0 && !awaitQuietly(k - 1)) {
            return;
        }
        try {
            int from = starts[k];
            int to = starts[k + 1];
            List<AuditRecord> records = new ArrayList<>(to - from);
            List<String> json = new ArrayList<>(to - from);
            List<AuditTreeNode> nodes = new ArrayList<>(2);
            for (int i = from; i < to; i++) {
                AuditCodec.Prepared p = events.get(i);
                byte[] hash = AuditCodec.chain(algorithm, previous, ++sequence, p.tail());
                String hex = HEX.formatHex(hash);
                records.add(AuditCodec.seal(p, sequence, previousHex, hex));
                json.add(AuditJson.details(p.details()));
                if (frontier != null) {
                    frontier.append(AuditCodec.leafHash(algorithm, hash), nodes::add);
                }
                previous = hash;
                previousHex = hex;
            }
            AuditChunk c = new AuditChunk(records, json, nodes);
            synchronized (this) {
                done[k] = c;
                notifyAll();
            }
        } catch (RuntimeException | Error e) {
            synchronized (this) {
                failure = e;
                notifyAll();
            }
        }
    }


    /** Waits until chunk k is chained; false when the batch failed or was cancelled first. */
    private synchronized boolean awaitQuietly(int k) {
        boolean interrupted = false;
        try {
            while (done[k] == null && failure == null && !cancelled) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        return done[k] != null;
    }

    /** @return every record of the batch, in order; only after every chunk was chained */
    synchronized List<AuditRecord> records() {
        List<AuditRecord> out = new ArrayList<>(events.size());
        for (AuditChunk c : done) {
            if (c == null) {
                throw new IllegalStateException("the storage did not take every chunk of the batch");
            }
            out.addAll(c.records());
        }
        return out;
    }

    /** @return the frontier after the batch (null when unknown); only after every chunk was chained */
    synchronized @Nullable MerkleFrontier frontier() {
        return frontier;
    }
}
