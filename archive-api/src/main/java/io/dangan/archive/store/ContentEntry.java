package io.dangan.archive.store;

import io.dangan.archive.model.Digest;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One entry a content store holds (存储条目), as listed by {@link ContentStore#entries()}.
 *
 * @param name the entry's name inside the store (a relative path for a filesystem store), for reports
 * @param address the object's address, or {@code null} when the entry is not a well-formed object
 * @param size the entry's size in bytes
 */
public record ContentEntry(String name, @Nullable Digest address, long size) {
    /** Validates. */
    public ContentEntry {
        Objects.requireNonNull(name, "name");
        if (size < 0) {
            throw new IllegalArgumentException("size is " + size);
        }
    }

    /** @return whether this is a well-formed object */
    public boolean isObject() {
        return address != null;
    }
}
