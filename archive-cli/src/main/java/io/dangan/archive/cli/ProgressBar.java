package io.dangan.archive.cli;

import java.io.PrintWriter;

/**
 * A one-line text progress bar (进度条) redrawn in place with a carriage return; thread-safe, and it redraws only
 * when the shown percentage changes.
 */
final class ProgressBar {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final String label;
    private int shown = -1;
    private boolean drawn;

    ProgressBar(PrintWriter err, String label) {
        this.err = err;
        this.label = label;
    }

    synchronized void update(long done, long total) {
        int percent = total == 0 ? 100 : (int) (done * 100 / total);
        if (percent == shown) {
            return;
        }
        shown = percent;
        int filled = percent * WIDTH / 100;
        err.print("\r" + label + " [" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/" + total
                + " (" + percent + "%)");
        err.flush();
        drawn = true;
    }

    synchronized void finish() {
        if (drawn) {
            err.println();
            err.flush();
        }
    }
}
