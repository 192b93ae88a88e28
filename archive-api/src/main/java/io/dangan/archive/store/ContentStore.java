package io.dangan.archive.store;

import io.dangan.archive.model.Digest;
import io.dangan.archive.model.DigestAlgorithm;
import java.io.InputStream;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The content store (内容存储) for the bytes of materials' files (scans, PDF, OFD): write-once and
 * content-addressed. An object's address is its digest under {@link #addressAlgorithm()}; storing the same bytes
 * twice stores them once. Nothing is ever overwritten or deleted through this interface.
 *
 * <p>The default implementation is a filesystem store in core; integrators may plug an object store. Every
 * implementation passes the testkit's {@code ContentStoreContract}. Implementations are thread-safe; addresses are
 * the only names, so no path is ever built from user input.
 */
public interface ContentStore {

    /** @return the algorithm whose digest is an object's address */
    DigestAlgorithm addressAlgorithm();

    /** @return the algorithms {@link #put(InputStream)} digests, including the address algorithm */
    Set<DigestAlgorithm> algorithms();

    /** @return the largest object accepted, in bytes */
    long maxObjectSize();

    /**
     * Stores the bytes of a stream, digesting them while they are written, and makes them durable before
     * returning. Reads the stream to its end; does not close it. Identical content is stored once.
     *
     * @param content the bytes
     * @return the address, size and digests, and whether the bytes were new
     * @throws io.dangan.archive.InvalidInputException with code {@code CONTENT_TOO_LARGE} when the stream is longer
     *     than {@link #maxObjectSize()} (nothing is kept)
     * @throws io.dangan.archive.ArchiveException with code {@code STORE_FAILURE} when reading the stream or writing
     *     fails (nothing is kept)
     */
    StoredContent put(InputStream content);

    /**
     * Opens an object for reading and verifies it on the fly: when the stream reaches its end, the bytes read must
     * hash to the address, or the final read throws.
     *
     * @param address the object's address
     * @return a stream the caller closes; its final read throws {@link io.dangan.archive.IntegrityException} (unchecked,
     *     not wrapped) with code {@code CONTENT_CORRUPT} when the content does not hash to its address, so a caller
     *     that reads to the end never silently receives altered bytes
     * @throws io.dangan.archive.NotFoundException with code {@code CONTENT_MISSING} when there is no such object
     * @throws io.dangan.archive.InvalidInputException with code {@code CONTENT_ADDRESS_INVALID} when the address is
     *     of another algorithm than {@link #addressAlgorithm()}
     */
    InputStream open(Digest address);

    /**
     * Opens an object for reading without verification, for callers that verify by other means.
     *
     * @param address the object's address
     * @return a stream the caller closes
     * @throws io.dangan.archive.NotFoundException with code {@code CONTENT_MISSING} when there is no such object
     * @throws io.dangan.archive.InvalidInputException with code {@code CONTENT_ADDRESS_INVALID} for another algorithm
     */
    InputStream openUnverified(Digest address);

    /**
     * Tells whether an object is stored.
     *
     * @param address the address
     * @return whether it is
     * @throws io.dangan.archive.InvalidInputException with code {@code CONTENT_ADDRESS_INVALID} for another algorithm
     */
    boolean exists(Digest address);

    /**
     * Returns the stored size of an object.
     *
     * @param address the address
     * @return its size in bytes
     * @throws io.dangan.archive.NotFoundException with code {@code CONTENT_MISSING} when there is no such object
     */
    long size(Digest address);

    /**
     * Lists everything the store holds, for whole-store verification and inventories: every object, and every
     * entry that is not a well-formed object (a stray file, a leftover temporary file), the latter with a
     * {@code null} address. The stream must be closed; it reflects the store at some moment during the walk.
     *
     * @return the entries, in no particular order
     */
    Stream<ContentEntry> entries();
}
