package io.dangan.archive.store;

/**
 * Receives the progress of a whole-store verification (校验进度), e.g. to draw a progress bar. Calls come from
 * worker threads but never concurrently; the counters only grow. A listener must return quickly.
 */
@FunctionalInterface
public interface ContentVerificationProgress {

    /**
     * Reports progress.
     *
     * @param objectsDone objects verified so far
     * @param objectsTotal objects to verify
     * @param bytesDone bytes read so far
     * @param bytesTotal bytes to read (the sum of the listed sizes)
     */
    void progress(long objectsDone, long objectsTotal, long bytesDone, long bytesTotal);

    /** @return a listener that ignores progress */
    static ContentVerificationProgress none() {
        return (a, b, c, d) -> { };
    }
}
