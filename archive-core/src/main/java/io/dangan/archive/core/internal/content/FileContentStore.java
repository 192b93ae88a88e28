package io.dangan.archive.core.internal.content;

import io.dangan.archive.ArchiveException;
import io.dangan.archive.ErrorCode;
import io.dangan.archive.InvalidInputException;
import io.dangan.archive.NotFoundException;
import io.dangan.archive.crypto.HashResult;
import io.dangan.archive.crypto.Hasher;
import io.dangan.archive.model.Digest;
import io.dangan.archive.model.DigestAlgorithm;
import io.dangan.archive.store.ContentEntry;
import io.dangan.archive.store.ContentStore;
import io.dangan.archive.store.StoredContent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The default content store: write-once, content-addressed files under one root directory.
 *
 * <p>Layout: {@code objects/<alg>/<h0h1>/<h2h3>/<hex>} where {@code hex} is the address (lower-case hex digest
 * of the address algorithm, {@code alg} its short name such as {@code sm3}), and {@code tmp/} for writes in
 * progress. A put streams into a temporary file while hashing, forces it to disk, renames it atomically into place
 * and forces the directory; identical content already present is not written again. Paths are built only from
 * digests this store computed or validated, never from names a user supplied. Files are made read-only once in
 * place. Thread-safe; several processes may share a root (renames are atomic and content-addressed).
 */
public final class FileContentStore implements ContentStore {
    private static final int BUFFER = 64 * 1024;
    private static final Pattern HEX = Pattern.compile("[0-9a-f]+");

    private final Path root;
    private final Path objects;
    private final Path tmp;
    private final DigestAlgorithm addressAlgorithm;
    private final Set<DigestAlgorithm> algorithms;
    private final long maxObjectSize;

    /**
     * Opens (creating when absent) a store.
     *
     * @param root the root directory
     * @param addressAlgorithm the algorithm of addresses
     * @param algorithms the algorithms computed on put; the address algorithm is added
     * @param maxObjectSize the largest object accepted, in bytes, at least 1
     */
    public FileContentStore(Path root, DigestAlgorithm addressAlgorithm, Set<DigestAlgorithm> algorithms,
            long maxObjectSize) {
        if (maxObjectSize < 1) {
            throw new IllegalArgumentException("maxObjectSize must be at least 1, was " + maxObjectSize);
        }
        this.root = root.toAbsolutePath().normalize();
        this.addressAlgorithm = Objects.requireNonNull(addressAlgorithm, "addressAlgorithm");
        EnumSet<DigestAlgorithm> all = EnumSet.of(addressAlgorithm);
        all.addAll(algorithms);
        this.algorithms = Collections.unmodifiableSet(all);
        this.maxObjectSize = maxObjectSize;
        this.objects = this.root.resolve("objects").resolve(dirName(addressAlgorithm));
        this.tmp = this.root.resolve("tmp");
        try {
            Files.createDirectories(objects);
            Files.createDirectories(tmp);
        } catch (IOException e) {
            throw failure("content store root " + this.root + " cannot be created", e);
        }
    }

    static String dirName(DigestAlgorithm a) {
        return a.standardName().replace("-", "").toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public DigestAlgorithm addressAlgorithm() {
        return addressAlgorithm;
    }

    @Override
    public Set<DigestAlgorithm> algorithms() {
        return algorithms;
    }

    @Override
    public long maxObjectSize() {
        return maxObjectSize;
    }

    /** @return the root directory */
    public Path root() {
        return root;
    }

    @Override
    public StoredContent put(InputStream content) {
        Objects.requireNonNull(content, "content");
        Path part = null;
        try {
            part = Files.createTempFile(tmp, "put-", ".part");
            Hasher hasher = Hasher.of(algorithms);
            long total = 0;
            try (FileChannel ch = FileChannel.open(part, StandardOpenOption.WRITE)) {
                byte[] buf = new byte[BUFFER];
                int n;
                while ((n = content.read(buf)) >= 0) {
                    total += n;
                    if (total > maxObjectSize) {
                        throw new InvalidInputException(ErrorCode.CONTENT_TOO_LARGE, "content",
                                "content is larger than the store's limit of %d bytes".formatted(maxObjectSize));
                    }
                    hasher.update(buf, 0, n);
                    ByteBuffer bb = ByteBuffer.wrap(buf, 0, n);
                    while (bb.hasRemaining()) {
                        ch.write(bb);
                    }
                }
                ch.force(true);
            }
            HashResult hashed = hasher.finish();
            Digest address = hashed.digest(addressAlgorithm);
            Path target = objectPath(address);
            if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(part);
                part = null;
                return new StoredContent(address, total, hashed.digests(), false);
            }
            createDirectoriesDurably(target.getParent());
            try {
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException raced) {
                Files.delete(part);
                part = null;
                return new StoredContent(address, total, hashed.digests(), false);
            } catch (AtomicMoveNotSupportedException e) {
                throw failure("the filesystem of " + root + " cannot rename atomically", e);
            }
            part = null;
            makeReadOnly(target);
            force(target.getParent());
            return new StoredContent(address, total, hashed.digests(), true);
        } catch (IOException e) {
            throw failure("storing content failed: " + e.getMessage(), e);
        } finally {
            if (part != null) {
                try {
                    Files.deleteIfExists(part);
                } catch (IOException ignored) {
                    // best effort; a leftover part file is reported as foreign by verification
                }
            }
        }
    }

    @Override
    public InputStream open(Digest address) {
        Path p = existing(address);
        try {
            return new VerifyingInputStream(Files.newInputStream(p), address, -1, address.toString());
        } catch (NoSuchFileException e) {
            throw missing(address);
        } catch (IOException e) {
            throw failure("content " + address + " cannot be opened: " + e.getMessage(), e);
        }
    }

    @Override
    public InputStream openUnverified(Digest address) {
        Path p = existing(address);
        try {
            return Files.newInputStream(p);
        } catch (NoSuchFileException e) {
            throw missing(address);
        } catch (IOException e) {
            throw failure("content " + address + " cannot be opened: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean exists(Digest address) {
        return Files.isRegularFile(objectPath(address), LinkOption.NOFOLLOW_LINKS);
    }

    @Override
    public long size(Digest address) {
        try {
            return Files.size(existing(address));
        } catch (NoSuchFileException e) {
            throw missing(address);
        } catch (IOException e) {
            throw failure("size of " + address + " cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public Stream<ContentEntry> entries() {
        Stream<Path> walk;
        try {
            walk = Files.walk(root);
        } catch (IOException e) {
            throw failure("content store " + root + " cannot be listed: " + e.getMessage(), e);
        }
        return walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(p))
                .map(this::entry);
    }

    private ContentEntry entry(Path p) {
        String name = root.relativize(p).toString().replace('\\', '/');
        long size;
        try {
            size = Files.isSymbolicLink(p) ? 0 : Files.size(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Digest address = addressOf(p);
        return new ContentEntry(name, address, size);
    }

    /** The address a path stands for, or null when the path is not where that address would live. */
    private @Nullable Digest addressOf(Path p) {
        if (Files.isSymbolicLink(p) || !p.startsWith(objects) || objects.relativize(p).getNameCount() != 3) {
            return null;
        }
        String hex = p.getFileName().toString();
        if (hex.length() != 2 * addressAlgorithm.length() || !HEX.matcher(hex).matches()) {
            return null;
        }
        Digest d = new Digest(addressAlgorithm, hex);
        return objectPath(d).equals(p) ? d : null;
    }

    /** The path of an address: built only from the validated hex digest. */
    Path objectPath(Digest address) {
        if (address.algorithm() != addressAlgorithm) {
            throw new InvalidInputException(ErrorCode.CONTENT_ADDRESS_INVALID, "address",
                    "address %s is a %s digest, this store addresses by %s".formatted(
                            address, address.algorithm().standardName(), addressAlgorithm.standardName()));
        }
        String hex = address.hex(); // validated lower-case hex of the algorithm's length by Digest itself
        return objects.resolve(hex.substring(0, 2)).resolve(hex.substring(2, 4)).resolve(hex);
    }

    private Path existing(Digest address) {
        Path p = objectPath(address);
        if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
            throw missing(address);
        }
        return p;
    }

    private void createDirectoriesDurably(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        createDirectoriesDurably(dir.getParent());
        try {
            Files.createDirectory(dir);
        } catch (FileAlreadyExistsException raced) {
            return;
        }
        force(dir.getParent());
    }

    private static void makeReadOnly(Path p) {
        try {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("r--r-----"));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX filesystem: write-once is still kept by this store never opening objects for writing
        }
    }

    /** Forces a directory's entries to disk (fsync on the directory), where the platform allows it. */
    private static void force(Path dir) throws IOException {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            if (System.getProperty("os.name", "").startsWith("Windows")) {
                return; // directories cannot be opened on Windows; NTFS journals renames
            }
            throw e;
        }
    }

    private static NotFoundException missing(Digest address) {
        return new NotFoundException(ErrorCode.CONTENT_MISSING, address.toString(),
                "no content stored under " + address);
    }

    private static ArchiveException failure(String message, Throwable cause) {
        return new ArchiveException(ErrorCode.STORE_FAILURE, "content store", message, cause);
    }

    @Override
    public String toString() {
        return "FileContentStore[" + root + ", " + addressAlgorithm.standardName() + "]";
    }
}
