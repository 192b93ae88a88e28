package io.dangan.archive.model;

import io.dangan.archive.ErrorCode;
import io.dangan.archive.InvalidInputException;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A reference to one content file of a material (材料电子文件): a scan page set, a PDF or OFD file.
 * The bytes live in a content store, addressed by their digests; this value names them.
 *
 * <p>Construction throws {@link InvalidInputException} with code {@code CONTENT_REF_INVALID}.
 *
 * @param fileName the original file name: no path separators, not {@code .} or {@code ..}, at most 255 characters
 * @param mediaType the media type, e.g. {@code image/tiff}, {@code application/pdf}, {@code application/ofd}
 * @param size the size in bytes, zero or more
 * @param digests one digest per algorithm, at least one
 */
public record ContentRef(String fileName, String mediaType, long size, List<Digest> digests) {
    private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]{0,63}/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}");

    public ContentRef {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        digests = List.copyOf(Objects.requireNonNull(digests, "digests"));
        if (fileName.isEmpty() || fileName.length() > 255 || fileName.equals(".") || fileName.equals("..")
                || fileName.indexOf('/') >= 0 || fileName.indexOf('\\') >= 0 || fileName.indexOf('\0') >= 0
                || fileName.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException(ErrorCode.CONTENT_REF_INVALID, "fileName",
                    "file name '%s' must be 1-255 characters without path separators or control characters, not . or .."
                            .formatted(fileName));
        }
        if (!MEDIA_TYPE.matcher(mediaType).matches()) {
            throw new InvalidInputException(ErrorCode.CONTENT_REF_INVALID, "mediaType",
                    "media type '%s' of %s is not of the form type/subtype in lower case".formatted(mediaType, fileName));
        }
        if (size < 0) {
            throw new InvalidInputException(ErrorCode.CONTENT_REF_INVALID, "size",
                    "size of %s is %d, expected zero or more bytes".formatted(fileName, size));
        }
        if (digests.isEmpty()) {
            throw new InvalidInputException(ErrorCode.CONTENT_REF_INVALID, "digests",
                    "content %s has no digest, expected at least one".formatted(fileName));
        }
        Set<DigestAlgorithm> seen = EnumSet.noneOf(DigestAlgorithm.class);
        for (Digest d : digests) {
            if (!seen.add(d.algorithm())) {
                throw new InvalidInputException(ErrorCode.CONTENT_REF_INVALID, "digests",
                        "content %s has two %s digests, expected one per algorithm".formatted(
                                fileName, d.algorithm().standardName()));
            }
        }
    }

    /**
     * Returns the digest for an algorithm.
     *
     * @param algorithm the algorithm
     * @return the digest, or empty when the reference has none for it
     */
    public Optional<Digest> digest(DigestAlgorithm algorithm) {
        return digests.stream().filter(d -> d.algorithm() == algorithm).findFirst();
    }
}
