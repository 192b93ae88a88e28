package io.dangan.archive.core.internal.seal;

import io.dangan.archive.ArchiveException;
import io.dangan.archive.ErrorCode;
import io.dangan.archive.InvalidInputException;
import io.dangan.archive.model.ContentRef;
import io.dangan.archive.model.Digest;
import io.dangan.archive.model.DigestAlgorithm;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.Material;
import io.dangan.archive.model.MaterialCategory;
import io.dangan.archive.model.MaterialId;
import io.dangan.archive.model.MaterialStatus;
import io.dangan.archive.seal.LeafKind;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The canonical leaf encoding of one material revision (材料叶子编码), version 1, as specified in
 * {@code docs/seal-format.md}. Encoding is deterministic; decoding is strict and accepts only canonical bytes
 * (it re-encodes what it read and compares), so one leaf value has exactly one encoding. Thread-safe (stateless).
 */
public final class LeafCodec {
    /** {@code "DGLEAF"} followed by the format version 1. */
    static final byte[] MAGIC = {'D', 'G', 'L', 'E', 'A', 'F', 1};

    private LeafCodec() {
    }

    /**
     * The decoded content of a leaf.
     *
     * @param kind what it records
     * @param dossier the dossier
     * @param material the material
     * @param revision the revision, from 1
     * @param body the material's sealed metadata; {@code null} exactly for a withdrawal
     */
    public record Leaf(LeafKind kind, DossierId dossier, MaterialId material, int revision, @Nullable Body body) {
        /** Validates. */
        public Leaf {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(dossier, "dossier");
            Objects.requireNonNull(material, "material");
            if (revision < 1) {
                throw new IllegalArgumentException("revision " + revision + " is below 1");
            }
            if ((body == null) != (kind == LeafKind.WITHDRAWN)) {
                throw new IllegalArgumentException("a " + kind + " leaf " + (body == null ? "needs" : "has no") + " body");
            }
        }
    }

    /**
     * The sealed metadata of a material: every field of {@link Material} except its id, dossier and optimistic-lock
     * version.
     *
     * @param category the category
     * @param sequence the sequence within the category
     * @param title the title
     * @param typeCode the type code, or {@code null}
     * @param formedDate the date formed
     * @param sourceUnit the forming unit
     * @param receivedDate the date received, or {@code null}
     * @param pages the page count
     * @param status the status
     * @param contents the content files in their recorded order
     */
    public record Body(MaterialCategory category, int sequence, String title, @Nullable String typeCode,
            LocalDate formedDate, String sourceUnit, @Nullable LocalDate receivedDate, int pages,
            MaterialStatus status, List<ContentRef> contents) {
        /** Copies. */
        public Body {
            contents = List.copyOf(contents);
        }

        /**
         * @param m a material
         * @return its sealed metadata
         */
        public static Body of(Material m) {
            return new Body(m.category(), m.sequence(), m.title(), m.typeCode(), m.formedDate(), m.sourceUnit(),
                    m.receivedDate(), m.pages(), m.status(), m.contents());
        }
    }

    /**
     * Encodes a material as a leaf of the given kind and revision.
     *
     * @param material the material
     * @param kind {@link LeafKind#FILED} or {@link LeafKind#AMENDED}; a withdrawal has no metadata, see
     *     {@link #withdrawal}
     * @param revision the revision
     * @return the canonical bytes
     */
    public static byte[] encode(Material material, LeafKind kind, int revision) {
        if (kind == LeafKind.WITHDRAWN) {
            throw new IllegalArgumentException("a withdrawal carries no metadata: use withdrawal(...)");
        }
        return encode(new Leaf(kind, material.dossier(), material.id(), revision, Body.of(material)));
    }

    /**
     * Encodes a withdrawal leaf.
     *
     * @param dossier the dossier
     * @param material the withdrawn material
     * @param revision its new revision
     * @return the canonical bytes
     */
    public static byte[] withdrawal(DossierId dossier, MaterialId material, int revision) {
        return encode(new Leaf(LeafKind.WITHDRAWN, dossier, material, revision, null));
    }

    /**
     * Encodes a decoded leaf.
     *
     * @param leaf the leaf
     * @return the canonical bytes
     */
    public static byte[] encode(Leaf leaf) {
        Tlv.Writer w = new Tlv.Writer(MAGIC)
                .u8(0x01, leaf.kind().code())
                .text(0x02, leaf.dossier().value())
                .text(0x03, leaf.material().value())
                .u32(0x04, leaf.revision());
        Body b = leaf.body();
        if (b == null) {
            return w.toByteArray();
        }
        w.text(0x05, b.category().code()).u32(0x06, b.sequence()).text(0x07, b.title());
        if (b.typeCode() != null) {
            w.text(0x08, b.typeCode());
        }
        w.text(0x09, b.formedDate().toString()).text(0x0A, b.sourceUnit());
        if (b.receivedDate() != null) {
            w.text(0x0B, b.receivedDate().toString());
        }
        w.u32(0x0C, b.pages()).text(0x0D, b.status().name()).u32(0x0E, b.contents().size());
        for (ContentRef c : b.contents()) {
            w.bytes(0x0F, content(c));
        }
        return w.toByteArray();
    }

    private static byte[] content(ContentRef c) {
        Tlv.Writer w = new Tlv.Writer(new byte[0]).text(0x01, c.fileName()).text(0x02, c.mediaType()).u64(0x03, c.size());
        List<Digest> sorted = new ArrayList<>(c.digests());
        sorted.sort(Comparator.comparing(Digest::algorithm));
        for (Digest d : sorted) {
            byte[] name = d.algorithm().standardName().getBytes(StandardCharsets.US_ASCII);
            byte[] raw = d.bytes();
            byte[] v = Arrays.copyOf(name, name.length + 1 + raw.length);
            v[name.length] = 0;
            System.arraycopy(raw, 0, v, name.length + 1, raw.length);
            w.bytes(0x04, v);
        }
        return w.toByteArray();
    }

    /**
     * Decodes a leaf, strictly.
     *
     * @param bytes the encoding
     * @return the leaf
     * @throws InvalidInputException with code {@code SEAL_ENCODING_MALFORMED} when the bytes are not a canonical leaf
     */
    public static Leaf decode(byte[] bytes) {
        Tlv.Reader r = new Tlv.Reader(bytes, MAGIC, "seal leaf");
        Leaf leaf;
        try {
            LeafKind kind = LeafKind.ofCode(r.u8(0x01));
            DossierId dossier = DossierId.of(r.text(0x02));
            MaterialId material = MaterialId.of(r.text(0x03));
            long revision = r.u32(0x04);
            if (revision < 1 || revision > Integer.MAX_VALUE) {
                throw r.malformed("revision " + revision + " is outside 1.." + Integer.MAX_VALUE);
            }
            Body body = null;
            if (kind != LeafKind.WITHDRAWN) {
                MaterialCategory category = MaterialCategory.of(r.text(0x05));
                int sequence = int32(r, r.u32(0x06), "sequence");
                String title = r.text(0x07);
                String typeCode = r.peekTag() == 0x08 ? r.text(0x08) : null;
                LocalDate formed = LocalDate.parse(r.text(0x09));
                String sourceUnit = r.text(0x0A);
                LocalDate received = r.peekTag() == 0x0B ? LocalDate.parse(r.text(0x0B)) : null;
                int pages = int32(r, r.u32(0x0C), "pages");
                MaterialStatus status = MaterialStatus.valueOf(r.text(0x0D));
                long count = r.u32(0x0E);
                if (count > Tlv.MAX_FIELD) {
                    throw r.malformed("content count " + count + " is implausible");
                }
                List<ContentRef> contents = new ArrayList<>();
                for (long i = 0; i < count; i++) {
                    contents.add(content(r, r.next(0x0F, true)));
                }
                // the model's own validation (text rules, dates, pages) applies to sealed metadata too
                body = Body.of(new Material(material, dossier, category, title, typeCode, formed, sourceUnit, received,
                        pages, contents, status, sequence, 0));
            }
            r.end();
            leaf = new Leaf(kind, dossier, material, (int) revision, body);
        } catch (ArchiveException e) {
            if (e.code() == ErrorCode.SEAL_ENCODING_MALFORMED) {
                throw e;
            }
            throw r.malformed(e.getMessage());
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw r.malformed(String.valueOf(e.getMessage()));
        }
        if (!Arrays.equals(encode(leaf), bytes)) {
            throw r.malformed("not in canonical form (re-encoding differs)");
        }
        return leaf;
    }

    private static ContentRef content(Tlv.Reader outer, byte[] value) {
        Tlv.Reader r = new Tlv.Reader(value, "seal leaf content");
        String fileName = r.text(0x01);
        String mediaType = r.text(0x02);
        long size = r.u64(0x03);
        List<Digest> digests = new ArrayList<>();
        while (r.peekTag() == 0x04) {
            byte[] v = r.next(0x04, true);
            int zero = -1;
            for (int i = 0; i < v.length; i++) {
                if (v[i] == 0) {
                    zero = i;
                    break;
                }
            }
            if (zero < 1) {
                throw outer.malformed("content digest without algorithm name");
            }
            DigestAlgorithm a = DigestAlgorithm.byName(new String(v, 0, zero, StandardCharsets.US_ASCII));
            digests.add(Digest.of(a, Arrays.copyOfRange(v, zero + 1, v.length)));
        }
        r.end();
        return new ContentRef(fileName, mediaType, size, digests);
    }

    private static int int32(Tlv.Reader r, long v, String field) {
        if (v > Integer.MAX_VALUE) {
            throw r.malformed(field + " " + v + " is above " + Integer.MAX_VALUE);
        }
        return (int) v;
    }

    /**
     * Names the fields in which two leaves differ, with both values, for findings.
     *
     * @param sealed the sealed leaf's body
     * @param now the current material's body
     * @return one entry per differing field, in encoding order
     */
    public static List<FieldDiff> diff(Body sealed, Body now) {
        List<FieldDiff> out = new ArrayList<>();
        cmp(out, "category", sealed.category().code(), now.category().code());
        cmp(out, "sequence", sealed.sequence(), now.sequence());
        cmp(out, "title", sealed.title(), now.title());
        cmp(out, "typeCode", sealed.typeCode(), now.typeCode());
        cmp(out, "formedDate", sealed.formedDate(), now.formedDate());
        cmp(out, "sourceUnit", sealed.sourceUnit(), now.sourceUnit());
        cmp(out, "receivedDate", sealed.receivedDate(), now.receivedDate());
        cmp(out, "pages", sealed.pages(), now.pages());
        cmp(out, "status", sealed.status(), now.status());
        int n = Math.max(sealed.contents().size(), now.contents().size());
        for (int i = 0; i < n; i++) {
            ContentRef a = i < sealed.contents().size() ? sealed.contents().get(i) : null;
            ContentRef b = i < now.contents().size() ? now.contents().get(i) : null;
            String f = "contents[" + (i + 1) + "]";
            if (a == null || b == null) {
                cmp(out, f, a == null ? null : a.fileName(), b == null ? null : b.fileName());
                continue;
            }
            cmp(out, f + ".fileName", a.fileName(), b.fileName());
            cmp(out, f + ".mediaType", a.mediaType(), b.mediaType());
            cmp(out, f + ".size", a.size(), b.size());
            cmp(out, f + ".digests", sortedDigests(a), sortedDigests(b));
        }
        return out;
    }

    private static List<Digest> sortedDigests(ContentRef c) {
        return c.digests().stream().sorted(Comparator.comparing(Digest::algorithm)).toList();
    }

    private static void cmp(List<FieldDiff> out, String field, @Nullable Object sealed, @Nullable Object now) {
        if (!Objects.equals(sealed, now)) {
            out.add(new FieldDiff(field, String.valueOf(sealed), String.valueOf(now)));
        }
    }

    /**
     * One differing field.
     *
     * @param field the field name as in {@link Material}
     * @param sealed the sealed value ({@code null} printed as {@code null})
     * @param now the current value
     */
    public record FieldDiff(String field, String sealed, String now) {
    }
}
