package io.dangan.archive.core.internal.seal;

import io.dangan.archive.model.Digest;
import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/**
 * Where seal verification reads content files from (电子文件来源): the archive's content store, addressed by digest.
 */
@FunctionalInterface
public interface ContentSource {
    /**
     * Opens the content stored under a digest.
     *
     * @param address the content's digest
     * @return a stream the caller closes, or {@code null} when nothing is stored under that address
     * @throws IOException when the store cannot be read
     * @throws io.dangan.archive.IntegrityException with code {@code CONTENT_CORRUPT} or {@code CONTENT_MISSING} when
     *     the store itself detects it
     */
    @Nullable InputStream open(Digest address) throws IOException;
}
