package io.dangan.archive.testkit.tck;

import io.dangan.archive.rfid.spi.TagId;
import java.util.Set;

/** A {@link DeviceBench} for readers that also knows which tags are in the field. */
public interface ReaderBench extends DeviceBench {
    /** A bench that can do nothing and knows no tags. */
    ReaderBench NONE = new ReaderBench() {
    };

    /** @return tags the bench guarantees to be readable by the configured antennas; empty when unknown */
    default Set<TagId> tagsInField() {
        return Set.of();
    }
}
