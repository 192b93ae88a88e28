package io.dangan.archive.store;

import io.dangan.archive.model.ContentRef;
import io.dangan.archive.model.Digest;
import java.util.List;
import java.util.Objects;

/**
 * What {@link ContentStore#put(java.io.InputStream)} stored (已存内容): the address, the size and every digest,
 * ready to become a {@link ContentRef}.
 *
 * @param address the object's address (its digest under the store's address algorithm)
 * @param size the size in bytes
 * @param digests the digests of every algorithm the store computes, the address among them
 * @param created whether the bytes were new ({@code false}: identical content was already stored)
 */
public record StoredContent(Digest address, long size, List<Digest> digests, boolean created) {
    /** Validates and copies. */
    public StoredContent {
        Objects.requireNonNull(address, "address");
        digests = List.copyOf(Objects.requireNonNull(digests, "digests"));
        if (size < 0) {
            throw new IllegalArgumentException("size is " + size + ", expected zero or more");
        }
        if (!digests.contains(address)) {
            throw new IllegalArgumentException("digests " + digests + " do not contain the address " + address);
        }
    }

    /**
     * Names this content as a material's file.
     *
     * @param fileName the original file name
     * @param mediaType the media type
     * @return the reference
     * @throws io.dangan.archive.InvalidInputException with code {@code CONTENT_REF_INVALID} for a bad name or type
     */
    public ContentRef toRef(String fileName, String mediaType) {
        return new ContentRef(fileName, mediaType, size, digests);
    }
}
