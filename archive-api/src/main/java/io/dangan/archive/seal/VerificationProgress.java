package io.dangan.archive.seal;

/**
 * Receives progress of a long verification (检测进度), e.g. to draw a progress bar. Called from the verifying
 * thread(s); implementations must be thread-safe and quick.
 */
@FunctionalInterface
public interface VerificationProgress {
    /**
     * Reports progress.
     *
     * @param done the number of dossiers finished so far
     * @param total the number of dossiers to check
     */
    void update(long done, long total);

    /** @return a listener that ignores progress */
    static VerificationProgress none() {
        return (done, total) -> { };
    }
}
