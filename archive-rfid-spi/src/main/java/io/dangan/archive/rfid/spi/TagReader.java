package io.dangan.archive.rfid.spi;

import java.time.Duration;

/**
 * An RFID tag reader (标签读写器): fixed UHF readers, handhelds, cabinet modules.
 *
 * <p>{@link #start()} and {@link #stop()} are idempotent. A lost link during an inventory delivers
 * {@link InventoryStopped} with reason {@code CONNECTION_LOST}; after a reconnect the inventory resumes with
 * {@link InventoryStarted} reason {@code RESUMED}.
 */
public interface TagReader extends Device<ReaderEvent> {
    /**
     * Starts a continuous inventory. Does nothing when one is running.
     *
     * @throws HardwareException {@code DEVICE_NOT_CONNECTED} or {@code DEVICE_CLOSED}
     */
    void start();

    /** Stops the inventory. Does nothing when none is running or the reader is closed. */
    void stop();

    /**
     * Runs one inventory for a time window and returns what was seen. Must not be called from a listener.
     *
     * @param window how long to read
     * @return the observations delivered during the window
     * @throws HardwareException {@code DEVICE_NOT_CONNECTED}, {@code DEVICE_CLOSED}, or {@code OPERATION_TIMEOUT}
     *     when the final events are not delivered within the operation timeout
     * @throws IllegalStateException when called on the reader's dispatcher thread
     */
    InventoryResult inventoryOnce(Duration window);

    /**
     * Writes a new EPC into a tag's EPC bank and verifies it.
     *
     * @param target the tag to write, as currently read
     * @param newEpc the EPC to write (kind {@link TagKind#EPC})
     * @throws HardwareException {@code CAPABILITY_UNSUPPORTED} when the reader cannot write,
     *     {@code OPERATION_TIMEOUT} or {@code OPERATION_FAILED}
     */
    void writeEpc(TagId target, TagId newEpc);
}
