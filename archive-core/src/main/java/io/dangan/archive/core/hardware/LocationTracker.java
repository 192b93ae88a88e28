package io.dangan.archive.core.hardware;

import io.dangan.archive.inventory.ExpectedItem;
import io.dangan.archive.inventory.InventoryReport;
import io.dangan.archive.inventory.InventoryScope;
import io.dangan.archive.rfid.spi.DeviceListener;
import io.dangan.archive.rfid.spi.ReaderConfig;
import io.dangan.archive.rfid.spi.ReaderEvent;
import io.dangan.archive.rfid.spi.TagId;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * Location resolution and inventory reconciliation (位置解析与盘点核对). Subscribe it to every reader of the scope
 * ({@code reader.subscribe(tracker)}); it places each tag at the antenna alias with the strongest smoothed RSSI
 * among aliases that saw it at least the minimum number of times, forgets tags silent longer than the departure
 * threshold, and records coverage: the aliases of a reader whose link dropped, whose delivery queue dropped
 * observations ({@code DeliveryOverflow}) or that was not inventorying, or of an antenna that disconnected, during
 * the window, are not covered. An expected item that was not seen is missing only where a tracked reader covered its
 * location; elsewhere, and always when no reader is tracked at all, it is not verified. Thread-safe; events from
 * several readers may arrive concurrently.
 */
public interface LocationTracker extends DeviceListener<ReaderEvent> {
    /**
     * Declares a reader's antennas, so coverage knows which locations it serves.
     *
     * @param config the reader's configuration
     */
    void track(ReaderConfig config);

    /**
     * Starts a new window: forgets every tag and resets coverage.
     *
     * @param start the window's start
     */
    void beginWindow(Instant start);

    /**
     * @param tag a tag
     * @param now the instant to judge departure at
     * @return where the tag is, if seen and not departed
     */
    Optional<String> locationOf(TagId tag, Instant now);

    /** @return the number of tags tracked */
    int trackedTags();

    /** @return the bytes held by the tracking table's arrays (the memory cost of tracking, for capacity planning) */
    long tableBytes();

    /** @return the locations not covered in the current window */
    Set<String> uncovered();

    /**
     * Reconciles the current window and emits {@code inventory.completed}.
     *
     * @param scope the scope
     * @param expected the items expected in scope
     * @param end the window's end (also the instant to judge departure at)
     * @param actor who ran it
     * @return the report
     */
    InventoryReport reconcile(InventoryScope scope, Collection<ExpectedItem> expected, Instant end, String actor);
}
