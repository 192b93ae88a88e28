package io.dangan.archive.core.internal.persistence;

import io.dangan.archive.audit.AuditRecord;
import io.dangan.archive.core.internal.audit.AuditChunk;
import io.dangan.archive.core.internal.audit.AuditTreeNode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Writes audit records to PostgreSQL with one {@code COPY ... FROM STDIN (FORMAT binary)} per append batch
 * (PostgreSQL 批量复制写入): each chunk is encoded and sent as soon as it is chained, so the server stores
 * chunk k while chunk k+1 is hashed, and no statement is parsed or planned per row. Constraints hold as for an
 * insert: a taken sequence fails the whole copy with SQL state {@code 23505}, and nothing of it is kept.
 *
 * <p>Only loaded on a connection whose product is PostgreSQL, so the driver stays an optional dependency.
 * Not thread-safe: one instance per batch, used by the writing thread.
 */
final class PostgresAuditCopy {
    private static final String COPY = "COPY dangan_audit_event (sequence_no, occurred_second, occurred_nano,"
            + " event_type, actor, resource_ref, dossier_id, action_code, outcome, reasons, request_hash, details,"
            + " previous_hash, record_hash) FROM STDIN (FORMAT binary)";
    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0};
    private static final short FIELDS = 14;

    private byte[] buffer = new byte[64 * 1024];
    private int size;

    private PostgresAuditCopy() {
    }

    /**
     * @param c an open connection
     * @return true when it is a PostgreSQL connection of the pgjdbc driver, which can copy
     */
    static boolean applies(Connection c) {
        try {
            return "PostgreSQL".equals(c.getMetaData().getDatabaseProductName()) && c.isWrapperFor(PGConnection.class);
        } catch (SQLException | LinkageError e) {
            return false;
        }
    }

    /**
     * Copies the chunks' records in one {@code COPY}, in the connection's current transaction.
     *
     * @param c a connection for which {@link #applies} is true
     * @param chunks the chunks, each blocking until chained
     * @param nodes receives each chunk's completed subtrees
     * @throws SQLException when the server refuses the copy; the copy is then cancelled
     */
    static void write(Connection c, List<Supplier<AuditChunk>> chunks, Consumer<List<AuditTreeNode>> nodes)
            throws SQLException {
        PostgresAuditCopy out = new PostgresAuditCopy();
        CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
        try {
            out.bytes(SIGNATURE);
            out.int32(0);
            out.int32(0);
            for (Supplier<AuditChunk> s : chunks) {
                AuditChunk chunk = s.get();
                for (int i = 0; i < chunk.records().size(); i++) {
                    out.row(chunk.records().get(i), chunk.detailsJson().get(i));
                }
                nodes.accept(chunk.nodes());
                copy.writeToCopy(out.buffer, 0, out.size);
                out.size = 0;
            }
            out.int16(-1);
            copy.writeToCopy(out.buffer, 0, out.size);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private void row(AuditRecord r, String detailsJson) {
        int16(FIELDS);
        int32(8);
        int64(r.sequence());
        int32(8);
        int64(r.occurredAt().getEpochSecond());
        int32(4);
        int32(r.occurredAt().getNano());
        text(r.type());
        text(r.actor());
        text(r.resource());
        text(r.dossier());
        text(r.action());
        text(r.outcome());
        text(String.join(",", r.reasons()));
        text(r.requestHash());
        text(detailsJson);
        text(r.previousHash());
        text(r.hash());
    }

    /** A length-prefixed UTF-8 value; ASCII (the usual case: ids, codes, hex, JSON of ids) is copied char by char. */
    private void text(String s) {
        int n = s.length();
        ensure(4 + n);
        int at = size + 4;
        for (int i = 0; i < n; i++) {
            char ch = s.charAt(i);
            if (ch >= 0x80) {
                byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
                int32(utf8.length);
                bytes(utf8);
                return;
            }
            buffer[at + i] = (byte) ch;
        }
        int32(n);
        size += n;
    }

    private void int16(int v) {
        ensure(2);
        buffer[size++] = (byte) (v >>> 8);
        buffer[size++] = (byte) v;
    }

    private void int32(int v) {
        ensure(4);
        buffer[size++] = (byte) (v >>> 24);
        buffer[size++] = (byte) (v >>> 16);
        buffer[size++] = (byte) (v >>> 8);
        buffer[size++] = (byte) v;
    }

    private void int64(long v) {
        int32((int) (v >>> 32));
        int32((int) v);
    }

    private void bytes(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, buffer, size, b.length);
        size += b.length;
    }

    private void ensure(int more) {
        if (size + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
        }
    }
}
