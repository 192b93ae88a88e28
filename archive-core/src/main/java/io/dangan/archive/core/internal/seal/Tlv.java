package io.dangan.archive.core.internal.seal;

import io.dangan.archive.ErrorCode;
import io.dangan.archive.InvalidInputException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The tag-length-value layer of the seal encodings ({@code docs/seal-format.md}): a field is one tag byte, a
 * four-byte big-endian length and the value. Writers emit tags in ascending order; the reader enforces it, so one
 * value has exactly one encoding.
 */
final class Tlv {
    /** The largest value a field may hold; larger lengths are rejected before allocating. */
    static final int MAX_FIELD = 1 << 20;

    private Tlv() {
    }

    /** Builds an encoding field by field into a growing array. Not thread-safe. */
    static final class Writer {
        private byte[] buf = new byte[512];
        private int len;
        private int lastTag = -1;

        Writer(byte[] magic) {
            put(magic, 0, magic.length);
        }

        private void ensure(int more) {
            if (len + more > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
            }
        }

        private void put(byte[] b, int off, int n) {
            ensure(n);
            System.arraycopy(b, off, buf, len, n);
            len += n;
        }

        private void header(int tag, int n) {
            if (tag < lastTag || tag < 1 || tag > 255) {
                throw new IllegalStateException("tag " + tag + " after " + lastTag);
            }
            lastTag = tag;
            ensure(5 + n);
            buf[len++] = (byte) tag;
            buf[len++] = (byte) (n >>> 24);
            buf[len++] = (byte) (n >>> 16);
            buf[len++] = (byte) (n >>> 8);
            buf[len++] = (byte) n;
        }

        Writer bytes(int tag, byte[] value) {
            header(tag, value.length);
            put(value, 0, value.length);
            return this;
        }

        Writer text(int tag, String value) {
            return bytes(tag, value.getBytes(StandardCharsets.UTF_8));
        }

        Writer u32(int tag, long value) {
            if (value < 0 || value > 0xFFFF_FFFFL) {
                throw new IllegalArgumentException("u32 field " + tag + " = " + value);
            }
            header(tag, 4);
            for (int shift = 24; shift >= 0; shift -= 8) {
                buf[len++] = (byte) (value >>> shift);
            }
            return this;
        }

        Writer u64(int tag, long value) {
            if (value < 0) {
                throw new IllegalArgumentException("u64 field " + tag + " = " + value);
            }
            header(tag, 8);
            for (int shift = 56; shift >= 0; shift -= 8) {
                buf[len++] = (byte) (value >>> shift);
            }
            return this;
        }

        Writer u8(int tag, int value) {
            header(tag, 1);
            buf[len++] = (byte) value;
            return this;
        }

        byte[] toByteArray() {
            return Arrays.copyOf(buf, len);
        }
    }

    /** Reads an encoding field by field, strictly. */
    static final class Reader {
        private final byte[] data;
        private final String what;
        private int pos;
        private int lastTag = -1;

        Reader(byte[] data, byte[] magic, String what) {
            this.data = data;
            this.what = what;
            if (data.length < magic.length || !Arrays.equals(data, 0, magic.length, magic, 0, magic.length)) {
                throw malformed("does not start with the format's magic bytes and version");
            }
            pos = magic.length;
        }

        /** Creates a reader over a nested value without magic. */
        Reader(byte[] data, String what) {
            this(data, new byte[0], what);
        }

        boolean atEnd() {
            return pos == data.length;
        }

        /** @return the tag of the next field without consuming it, or -1 at the end */
        int peekTag() {
            return atEnd() ? -1 : data[pos] & 0xFF;
        }

        /**
         * Reads the next field, which must carry {@code tag}.
         *
         * @param tag the expected tag
         * @param repeatable whether the tag may repeat the previous one
         * @return the value
         */
        byte[] next(int tag, boolean repeatable) {
            if (data.length - pos < 5) {
                throw malformed("truncated at byte " + pos + ", expected field " + tag);
            }
            int t = data[pos] & 0xFF;
            if (t != tag) {
                throw malformed("field at byte %d has tag %d, expected %d".formatted(pos, t, tag));
            }
            if (t < lastTag || (t == lastTag && !repeatable)) {
                throw malformed("field %d at byte %d is out of order or repeated".formatted(t, pos));
            }
            long n = ((data[pos + 1] & 0xFFL) << 24) | ((data[pos + 2] & 0xFF) << 16) | ((data[pos + 3] & 0xFF) << 8)
                    | (data[pos + 4] & 0xFF);
            if (n > MAX_FIELD || n > data.length - pos - 5L) {
                throw malformed("field %d at byte %d declares %d bytes, only %d remain".formatted(t, pos, n,
                        data.length - pos - 5));
            }
            byte[] v = Arrays.copyOfRange(data, pos + 5, pos + 5 + (int) n);
            pos += 5 + (int) n;
            lastTag = t;
            return v;
        }

        String text(int tag) {
            return utf8(next(tag, false), tag);
        }

        String utf8(byte[] v, int tag) {
            CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            try {
                CharBuffer cb = d.decode(ByteBuffer.wrap(v));
                return cb.toString();
            } catch (CharacterCodingException e) {
                throw malformed("field " + tag + " is not valid UTF-8");
            }
        }

        long u32(int tag) {
            byte[] v = next(tag, false);
            if (v.length != 4) {
                throw malformed("field %d has %d bytes, expected 4".formatted(tag, v.length));
            }
            return ByteBuffer.wrap(v).getInt() & 0xFFFF_FFFFL;
        }

        long u64(int tag) {
            byte[] v = next(tag, false);
            if (v.length != 8) {
                throw malformed("field %d has %d bytes, expected 8".formatted(tag, v.length));
            }
            long x = ByteBuffer.wrap(v).getLong();
            if (x < 0) {
                throw malformed("field %d is above 2^63-1".formatted(tag));
            }
            return x;
        }

        int u8(int tag) {
            byte[] v = next(tag, false);
            if (v.length != 1) {
                throw malformed("field %d has %d bytes, expected 1".formatted(tag, v.length));
            }
            return v[0] & 0xFF;
        }

        void end() {
            if (!atEnd()) {
                throw malformed("field %d at byte %d is unexpected".formatted(peekTag(), pos));
            }
        }

        InvalidInputException malformed(String why) {
            return new InvalidInputException(ErrorCode.SEAL_ENCODING_MALFORMED, what, what + ": " + why);
        }
    }
}
