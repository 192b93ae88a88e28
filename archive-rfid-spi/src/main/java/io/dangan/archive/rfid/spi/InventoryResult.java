package io.dangan.archive.rfid.spi;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a one-shot inventory saw (单次盘点结果).
 *
 * @param deviceId the reader
 * @param startedAt when reading started
 * @param endedAt when it ended
 * @param observations the observations in sequence order, duplicates included
 * @param interrupted whether the link was lost during the window (coverage is incomplete)
 */
public record InventoryResult(String deviceId, Instant startedAt, Instant endedAt, List<TagObserved> observations,
        boolean interrupted) {
    public InventoryResult {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(endedAt, "endedAt");
        observations = List.copyOf(observations);
        if (endedAt.isBefore(startedAt)) {
            throw new IllegalArgumentException("inventory ended " + endedAt + " before it started " + startedAt);
        }
    }

    /** @return the distinct tags seen, in first-seen order */
    public Set<TagId> tags() {
        Set<TagId> tags = new LinkedHashSet<>();
        observations.forEach(o -> tags.add(o.tag()));
        return tags;
    }
}
