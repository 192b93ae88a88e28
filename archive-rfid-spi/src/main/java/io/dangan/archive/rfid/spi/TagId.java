package io.dangan.archive.rfid.spi;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A tag's identifier (标签标识): bytes plus their {@link TagKind}. Immutable; the bytes are copied in and out.
 *
 * <p>Rules: 1 to 64 bytes; EPC and TID ids are whole 16-bit words; an ISO 15693 UID is exactly 8 bytes.
 * Construction throws {@link IllegalArgumentException} otherwise.
 */
public final class TagId implements Comparable<TagId> {
    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private final TagKind kind;
    private final byte[] bytes;
    private final int hash;

    private TagId(TagKind kind, byte[] bytes) {
        this.kind = Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length < 1 || bytes.length > 64) {
            throw new IllegalArgumentException(kind + " tag id has " + bytes.length + " bytes, expected 1 to 64");
        }
        if ((kind == TagKind.EPC || kind == TagKind.TID) && bytes.length % 2 != 0) {
            throw new IllegalArgumentException(kind + " tag id has " + bytes.length
                    + " bytes, expected whole 16-bit words");
        }
        if (kind == TagKind.ISO15693_UID && bytes.length != 8) {
            throw new IllegalArgumentException("ISO 15693 UID has " + bytes.length + " bytes, expected 8");
        }
        this.bytes = bytes;
        this.hash = 31 * kind.hashCode() + Arrays.hashCode(bytes);
    }

    /**
     * @param kind the kind
     * @param bytes the identifier bytes (copied)
     * @return the tag id
     */
    public static TagId of(TagKind kind, byte[] bytes) {
        return new TagId(kind, bytes.clone());
    }

    /**
     * @param kind the kind
     * @param hex the identifier in hexadecimal, either case
     * @return the tag id
     */
    public static TagId ofHex(TagKind kind, String hex) {
        Objects.requireNonNull(hex, "hex");
        try {
            return new TagId(kind, HexFormat.of().parseHex(hex));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(kind + " tag id '" + hex + "': " + e.getMessage(), e);
        }
    }

    /**
     * @param hex an EPC in hexadecimal
     * @return the EPC tag id
     */
    public static TagId epc(String hex) {
        return ofHex(TagKind.EPC, hex);
    }

    /** @return the kind */
    public TagKind kind() {
        return kind;
    }

    /** @return a copy of the bytes */
    public byte[] bytes() {
        return bytes.clone();
    }

    /**
     * Reads one byte without copying.
     *
     * @param index the byte's index
     * @return the byte
     */
    public byte byteAt(int index) {
        return bytes[index];
    }

    /** @return the number of bytes */
    public int length() {
        return bytes.length;
    }

    /** @return the bytes in upper-case hexadecimal */
    public String hex() {
        return HEX.formatHex(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TagId t && t.hash == hash && t.kind == kind && Arrays.equals(t.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public int compareTo(TagId o) {
        int c = kind.compareTo(o.kind);
        return c != 0 ? c : Arrays.compareUnsigned(bytes, o.bytes);
    }

    @Override
    public String toString() {
        return kind + ":" + hex();
    }
}
