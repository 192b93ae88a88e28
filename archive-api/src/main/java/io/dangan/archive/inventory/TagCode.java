package io.dangan.archive.inventory;

import io.dangan.archive.ErrorCode;
import io.dangan.archive.InvalidInputException;
import java.util.Locale;
import java.util.Objects;

/**
 * The code written into a dossier's tag (标签编码): the EPC bank's identifier in upper-case hexadecimal, whole
 * 16-bit words, 4 to 128 digits.
 *
 * <p>Construction throws {@link InvalidInputException} with {@code TAG_CODE_MALFORMED}.
 *
 * @param hex the identifier in hexadecimal
 */
public record TagCode(String hex) implements Comparable<TagCode> {
    public TagCode {
        Objects.requireNonNull(hex, "hex");
        hex = hex.strip().toUpperCase(Locale.ROOT);
        if (hex.length() < 4 || hex.length() > 128 || hex.length() % 4 != 0) {
            throw new InvalidInputException(ErrorCode.TAG_CODE_MALFORMED, "tagCode",
                    "tag code '" + hex + "' has " + hex.length() + " hexadecimal digits, expected 4 to 128 in whole 16-bit words");
        }
        for (int i = 0; i < hex.length(); i++) {
            char c = hex.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'F'))) {
                throw new InvalidInputException(ErrorCode.TAG_CODE_MALFORMED, "tagCode",
                        "tag code '" + hex + "' has '" + c + "' at position " + (i + 1) + ", expected hexadecimal");
            }
        }
    }

    /**
     * @param hex the identifier in hexadecimal
     * @return the tag code
     */
    public static TagCode of(String hex) {
        return new TagCode(hex);
    }

    @Override
    public int compareTo(TagCode o) {
        return hex.compareTo(o.hex);
    }

    @Override
    public String toString() {
        return hex;
    }
}
