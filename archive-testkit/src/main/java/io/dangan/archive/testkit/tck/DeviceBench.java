package io.dangan.archive.testkit.tck;

/**
 * What a conformance test can make a device's surroundings do (测试台): produce traffic, lose the link, go silent.
 * Each method returns {@code false} when the bench cannot do it, and the tests needing it are skipped.
 */
public interface DeviceBench {
    /** A bench that can do nothing. */
    DeviceBench NONE = new DeviceBench() {
    };

    /**
     * Makes the device deliver {@code count} traffic events (tag observations, readings, door events) as fast as
     * the bench can. Called while the device is connected (and, for readers, inventorying).
     *
     * @param count how many
     * @return whether the bench did it
     */
    default boolean generate(int count) {
        return false;
    }

    /**
     * Breaks the link abruptly (the device notices at once, as with a closed socket); it may reconnect at once.
     *
     * @return whether the bench did it
     */
    default boolean dropLink() {
        return false;
    }

    /**
     * Makes the device stop answering (keepalives fail) and refuse connects until {@link #restoreLink()}.
     *
     * @return whether the bench did it
     */
    default boolean silenceLink() {
        return false;
    }

    /**
     * Undoes {@link #silenceLink()}.
     *
     * @return whether the bench did it
     */
    default boolean restoreLink() {
        return false;
    }
}
