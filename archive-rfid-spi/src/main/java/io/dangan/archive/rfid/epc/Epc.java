package io.dangan.archive.rfid.epc;

import io.dangan.archive.rfid.spi.TagId;
import io.dangan.archive.rfid.spi.TagKind;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A decoded 96-bit EPC (电子产品代码) of one of the {@link EpcScheme}s, convertible between hexadecimal, tag URI
 * ({@code urn:epc:tag:gdti-96:F.CCCCCCC.DDDDD.SSS}, with the filter) and pure-identity URI
 * ({@code urn:epc:id:gdti:CCCCCCC.DDDDD.SSS}, without it).
 *
 * <p>Worked example from the standard: {@code Epc.fromHex("3074257BF7194E4000001A85")} is SGTIN-96 with filter 3,
 * company prefix {@code 0614141}, item reference {@code 812345} and serial {@code 6789}.
 *
 * <p>Construction throws {@link EpcException}: filter outside 0-7 ({@code EPC_FILTER_OUT_OF_RANGE}), a company
 * prefix that is not 6-12 digits ({@code EPC_COMPANY_PREFIX_LENGTH}), a non-numeric field
 * ({@code EPC_FIELD_NOT_NUMERIC}), a reference not of the partition's digit count ({@code EPC_FIELD_LENGTH}), a
 * serial with a leading zero ({@code EPC_SERIAL_LEADING_ZERO}) or beyond its bit width
 * ({@code EPC_SERIAL_TOO_LARGE}).
 *
 * @param scheme the scheme
 * @param filter the filter value 0 to 7
 * @param companyPrefix the GS1 company prefix, 6 to 12 digits, leading zeros significant
 * @param reference the item reference, asset type or document type, exactly 13 (SGTIN) or 12 (GRAI, GDTI) digits
 *     minus the company prefix's length; empty for GIAI-96
 * @param serial the serial (the individual asset reference for GIAI-96): decimal, no leading zeros
 */
public record Epc(EpcScheme scheme, int filter, String companyPrefix, String reference, String serial) {
    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private static final long[] POW10 = new long[19];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    public Epc {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(companyPrefix, "companyPrefix");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(serial, "serial");
        String what = scheme.tagUriName() + " " + companyPrefix + "." + reference + "." + serial;
        if (filter < 0 || filter > 7) {
            throw new EpcException(EpcErrorCode.EPC_FILTER_OUT_OF_RANGE, what,
                    scheme.tagUriName() + ": filter " + filter + " is outside 0..7");
        }
        numeric(companyPrefix, "company prefix", what);
        int partition = EpcScheme.partitionFor(companyPrefix.length());
        if (partition < 0) {
            throw new EpcException(EpcErrorCode.EPC_COMPANY_PREFIX_LENGTH, what, scheme.tagUriName()
                    + ": company prefix " + companyPrefix + " has " + companyPrefix.length() + " digits, expected 6 to 12");
        }
        if (scheme == EpcScheme.GIAI_96) {
            if (!reference.isEmpty()) {
                throw new EpcException(EpcErrorCode.EPC_FIELD_LENGTH, what,
                        "giai-96 has no reference field, got '" + reference + "'");
            }
        } else {
            if (!reference.isEmpty()) {
                numeric(reference, fieldName(scheme), what);
            }
            int digits = scheme.referenceDigits(partition);
            if (reference.length() != digits) {
                throw new EpcException(EpcErrorCode.EPC_FIELD_LENGTH, what, scheme.tagUriName() + ": "
                        + fieldName(scheme) + " '" + reference + "' has " + reference.length() + " digits, expected "
                        + digits + " with a " + companyPrefix.length() + "-digit company prefix");
            }
        }
        String serialName = scheme == EpcScheme.GIAI_96 ? "individual asset reference" : "serial";
        numeric(serial, serialName, what);
        if (serial.length() > 1 && serial.charAt(0) == '0') {
            throw new EpcException(EpcErrorCode.EPC_SERIAL_LEADING_ZERO, what, scheme.tagUriName() + ": " + serialName
                    + " " + serial + " has a leading zero, which 96-bit schemes cannot encode");
        }
        int bits = scheme == EpcScheme.GIAI_96 ? scheme.referenceBits(partition) : scheme.serialBits();
        int maxDigits = scheme == EpcScheme.GIAI_96 ? scheme.referenceDigits(partition) : 19;
        long max = (1L << bits) - 1;
        if (serial.length() > Math.min(maxDigits, 19) || Long.parseUnsignedLong(serial) > max) {
            throw new EpcException(EpcErrorCode.EPC_SERIAL_TOO_LARGE, what, scheme.tagUriName() + ": " + serialName
                    + " " + serial + " exceeds " + max + " (" + bits + " bits"
                    + (scheme == EpcScheme.GIAI_96 ? ", " + maxDigits + " digits" : "") + ")");
        }
    }

    private static String fieldName(EpcScheme scheme) {
        return switch (scheme) {
            case SGTIN_96 -> "item reference";
            case GRAI_96 -> "asset type";
            case GDTI_96 -> "document type";
            case GIAI_96 -> "individual asset reference";
        };
    }

    private static void numeric(String s, String field, String input) {
        if (s.isEmpty()) {
            throw new EpcException(EpcErrorCode.EPC_FIELD_NOT_NUMERIC, input, field + " is empty, expected digits");
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw new EpcException(EpcErrorCode.EPC_FIELD_NOT_NUMERIC, input,
                        field + " '" + s + "' has '" + c + "' at position " + (i + 1) + ", expected digits only");
            }
        }
    }

    /** @return the partition value 0 to 6 */
    public int partition() {
        return EpcScheme.partitionFor(companyPrefix.length());
    }

    // ---- binary ----------------------------------------------------------------------------

    /**
     * Decodes 24 hexadecimal digits (either case; surrounding white space ignored).
     *
     * @param hex the EPC in hexadecimal
     * @return the EPC
     * @throws EpcException {@code EPC_LENGTH}, {@code EPC_HEX_MALFORMED}, {@code EPC_HEADER_UNSUPPORTED},
     *     {@code EPC_PARTITION_INVALID} or {@code EPC_FIELD_OVERFLOW}
     */
    public static Epc fromHex(String hex) {
        Objects.requireNonNull(hex, "hex");
        String h = hex.strip();
        for (int i = 0; i < h.length(); i++) {
            if (Character.digit(h.charAt(i), 16) < 0) {
                throw new EpcException(EpcErrorCode.EPC_HEX_MALFORMED, hex, "EPC '" + hex + "' has '" + h.charAt(i)
                        + "' at position " + (i + 1) + ", expected hexadecimal digits");
            }
        }
        if (h.length() != 24) {
            throw new EpcException(EpcErrorCode.EPC_LENGTH, hex,
                    "EPC '" + hex + "' has " + h.length() + " hexadecimal digits, expected 24 (96 bits)");
        }
        return decode(HexFormat.of().parseHex(h), hex);
    }

    /**
     * Decodes 12 bytes.
     *
     * @param bytes the EPC bank's identifier bytes
     * @return the EPC
     * @throws EpcException as {@link #fromHex}
     */
    public static Epc fromBytes(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        String input = HEX.formatHex(bytes);
        if (bytes.length != 12) {
            throw new EpcException(EpcErrorCode.EPC_LENGTH, input,
                    "EPC " + input + " has " + bytes.length + " bytes, expected 12 (96 bits)");
        }
        return decode(bytes, input);
    }

    /**
     * Decodes a tag id of kind {@link TagKind#EPC}.
     *
     * @param tag the tag id
     * @return the EPC
     * @throws EpcException as {@link #fromHex}, or {@code EPC_LENGTH} for another kind
     */
    public static Epc fromTagId(TagId tag) {
        if (tag.kind() != TagKind.EPC) {
            throw new EpcException(EpcErrorCode.EPC_LENGTH, tag.toString(), "tag " + tag + " is not an EPC");
        }
        return fromBytes(tag.bytes());
    }

    private static Epc decode(byte[] b, String input) {
        Bits bits = new Bits(b);
        int header = (int) bits.read(8);
        EpcScheme scheme = EpcScheme.ofHeader(header).orElseThrow(() -> new EpcException(
                EpcErrorCode.EPC_HEADER_UNSUPPORTED, input, "EPC " + input + " has header 0x"
                        + HEX.toHexDigits((byte) header) + ", expected 0x2C (GDTI-96), 0x30 (SGTIN-96), 0x33 (GRAI-96) or 0x34 (GIAI-96)"));
        int filter = (int) bits.read(3);
        int partition = (int) bits.read(3);
        if (partition == 7) {
            throw new EpcException(EpcErrorCode.EPC_PARTITION_INVALID, input,
                    scheme.tagUriName() + " " + input + " has partition 7, expected 0 to 6");
        }
        int cpDigits = scheme.companyPrefixDigits(partition);
        long cp = bits.read(scheme.companyPrefixBits(partition));
        checkFits(cp, cpDigits, "company prefix", scheme, input);
        String reference = "";
        String serial;
        int refDigits = scheme.referenceDigits(partition);
        long ref = bits.read(scheme.referenceBits(partition));
        if (scheme == EpcScheme.GIAI_96) {
            checkFits(ref, refDigits, "individual asset reference", scheme, input);
            serial = Long.toString(ref);
        } else {
            checkFits(ref, refDigits, fieldName(scheme), scheme, input);
            reference = refDigits == 0 ? "" : pad(ref, refDigits);
            serial = Long.toString(bits.read(scheme.serialBits()));
        }
        return new Epc(scheme, filter, pad(cp, cpDigits), reference, serial);
    }

    private static void checkFits(long value, int digits, String field, EpcScheme scheme, String input) {
        if (digits < 19 && value >= POW10[digits]) {
            throw new EpcException(EpcErrorCode.EPC_FIELD_OVERFLOW, input, scheme.tagUriName() + " " + input + ": "
                    + field + " field holds " + value + ", which has more than " + digits + " digits");
        }
    }

    private static String pad(long value, int digits) {
        String s = Long.toString(value);
        return s.length() >= digits ? s : "0".repeat(digits - s.length()) + s;
    }

    /** @return the 12 bytes of the binary encoding */
    public byte[] toBytes() {
        Bits bits = new Bits(new byte[12]);
        int p = partition();
        bits.write(scheme.header(), 8);
        bits.write(filter, 3);
        bits.write(p, 3);
        bits.write(Long.parseLong(companyPrefix), scheme.companyPrefixBits(p));
        if (scheme == EpcScheme.GIAI_96) {
            bits.write(Long.parseUnsignedLong(serial), scheme.referenceBits(p));
        } else {
            bits.write(reference.isEmpty() ? 0 : Long.parseLong(reference), scheme.referenceBits(p));
            bits.write(Long.parseLong(serial), scheme.serialBits());
        }
        return bits.bytes;
    }

    /** @return the binary encoding in upper-case hexadecimal, 24 digits */
    public String toHex() {
        return HEX.formatHex(toBytes());
    }

    /** @return the binary encoding as an EPC tag id */
    public TagId toTagId() {
        return TagId.of(TagKind.EPC, toBytes());
    }

    // ---- URIs ------------------------------------------------------------------------------

    /** @return the tag URI, e.g. {@code urn:epc:tag:sgtin-96:3.0614141.812345.6789} */
    public String toTagUri() {
        return "urn:epc:tag:" + scheme.tagUriName() + ":" + filter + "." + fields();
    }

    /** @return the pure-identity URI, e.g. {@code urn:epc:id:sgtin:0614141.812345.6789} */
    public String toPureIdentityUri() {
        return "urn:epc:id:" + scheme.pureIdentityName() + ":" + fields();
    }

    private String fields() {
        return scheme == EpcScheme.GIAI_96 ? companyPrefix + "." + serial
                : companyPrefix + "." + reference + "." + serial;
    }

    /**
     * Parses a tag URI.
     *
     * @param uri e.g. {@code urn:epc:tag:gdti-96:0.0614141.12345.400}
     * @return the EPC
     * @throws EpcException {@code EPC_URI_MALFORMED} or any construction error
     */
    public static Epc fromTagUri(String uri) {
        Objects.requireNonNull(uri, "uri");
        String u = uri.strip();
        String prefix = "urn:epc:tag:";
        int colon = u.indexOf(':', prefix.length());
        if (!u.startsWith(prefix) || colon < 0) {
            throw new EpcException(EpcErrorCode.EPC_URI_MALFORMED, uri,
                    "'" + uri + "' is not a tag URI, expected urn:epc:tag:SCHEME-96:FILTER.FIELDS");
        }
        String name = u.substring(prefix.length(), colon);
        EpcScheme scheme = EpcScheme.ofTagUriName(name).orElseThrow(() -> new EpcException(
                EpcErrorCode.EPC_URI_MALFORMED, uri, "tag URI '" + uri + "' names scheme '" + name
                        + "', expected gdti-96, giai-96, grai-96 or sgtin-96"));
        String[] parts = u.substring(colon + 1).split("\\.", -1);
        int expected = scheme == EpcScheme.GIAI_96 ? 3 : 4;
        if (parts.length != expected) {
            throw new EpcException(EpcErrorCode.EPC_URI_MALFORMED, uri, "tag URI '" + uri + "' has " + parts.length
                    + " fields, expected " + expected);
        }
        if (parts[0].length() != 1 || parts[0].charAt(0) < '0' || parts[0].charAt(0) > '9') {
            throw new EpcException(EpcErrorCode.EPC_FILTER_OUT_OF_RANGE, uri,
                    "tag URI '" + uri + "' has filter '" + parts[0] + "', expected one digit 0 to 7");
        }
        int filter = parts[0].charAt(0) - '0';
        return scheme == EpcScheme.GIAI_96 ? new Epc(scheme, filter, parts[1], "", parts[2])
                : new Epc(scheme, filter, parts[1], parts[2], parts[3]);
    }

    /**
     * Parses a pure-identity URI into the scheme's 96-bit variant.
     *
     * @param uri e.g. {@code urn:epc:id:giai:0614141.12345}
     * @param filter the filter value 0 to 7 to encode with
     * @return the EPC
     * @throws EpcException {@code EPC_URI_MALFORMED} or any construction error
     */
    public static Epc fromPureIdentityUri(String uri, int filter) {
        Objects.requireNonNull(uri, "uri");
        String u = uri.strip();
        String prefix = "urn:epc:id:";
        int colon = u.indexOf(':', prefix.length());
        if (!u.startsWith(prefix) || colon < 0) {
            throw new EpcException(EpcErrorCode.EPC_URI_MALFORMED, uri,
                    "'" + uri + "' is not a pure-identity URI, expected urn:epc:id:SCHEME:FIELDS");
        }
        String name = u.substring(prefix.length(), colon);
        EpcScheme scheme = EpcScheme.ofPureIdentityName(name).orElseThrow(() -> new EpcException(
                EpcErrorCode.EPC_URI_MALFORMED, uri, "pure-identity URI '" + uri + "' names scheme '" + name
                        + "', expected gdti, giai, grai or sgtin"));
        String[] parts = u.substring(colon + 1).split("\\.", -1);
        int expected = scheme == EpcScheme.GIAI_96 ? 2 : 3;
        if (parts.length != expected) {
            throw new EpcException(EpcErrorCode.EPC_URI_MALFORMED, uri, "pure-identity URI '" + uri + "' has "
                    + parts.length + " fields, expected " + expected);
        }
        return scheme == EpcScheme.GIAI_96 ? new Epc(scheme, filter, parts[0], "", parts[1])
                : new Epc(scheme, filter, parts[0], parts[1], parts[2]);
    }

    /**
     * Parses any of the three forms: 24 hexadecimal digits, a tag URI, or a pure-identity URI (encoded with
     * filter 0).
     *
     * @param text the input
     * @return the EPC
     * @throws EpcException when the input is none of them or does not validate
     */
    public static Epc parse(String text) {
        String t = Objects.requireNonNull(text, "text").strip();
        if (t.startsWith("urn:epc:tag:")) {
            return fromTagUri(t);
        }
        if (t.startsWith("urn:epc:id:")) {
            return fromPureIdentityUri(t, 0);
        }
        if (t.startsWith("urn:")) {
            throw new EpcException(EpcErrorCode.EPC_URI_MALFORMED, text,
                    "'" + text + "' is neither a tag URI (urn:epc:tag:) nor a pure-identity URI (urn:epc:id:)");
        }
        return fromHex(t);
    }

    @Override
    public String toString() {
        return toTagUri();
    }

    /** A big-endian bit cursor over a byte array. */
    private static final class Bits {
        final byte[] bytes;
        int pos;

        Bits(byte[] bytes) {
            this.bytes = bytes;
        }

        long read(int width) {
            long v = 0;
            for (int i = 0; i < width; i++, pos++) {
                v = (v << 1) | ((bytes[pos >>> 3] >>> (7 - (pos & 7))) & 1);
            }
            return v;
        }

        void write(long value, int width) {
            for (int i = width - 1; i >= 0; i--, pos++) {
                if (((value >>> i) & 1) != 0) {
                    bytes[pos >>> 3] |= (byte) (1 << (7 - (pos & 7)));
                }
            }
        }
    }
}
