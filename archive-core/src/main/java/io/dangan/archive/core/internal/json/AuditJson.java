package io.dangan.archive.core.internal.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dangan.archive.audit.AuditRecord;
import io.dangan.archive.audit.Checkpoint;

/** Audit records and checkpoints as JSON (审计记录 JSON): one object per line, fields in a fixed order. */
public final class AuditJson {
    private static final ObjectMapper MAPPER = ArchiveObjectMapper.create();
    private static final char[] HEX_DIGITS = "0123456789ABCDEF".toCharArray();

    private AuditJson() {
    }

    /**
     * @param r a record
     * @return one line of JSON without the line feed
     */
    public static String line(AuditRecord r) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("sequence", r.sequence());
        n.put("occurredAt", r.occurredAt().toString());
        n.put("type", r.type());
        n.put("actor", r.actor());
        n.put("resource", r.resource());
        n.put("dossier", r.dossier());
        n.put("action", r.action());
        n.put("outcome", r.outcome());
        ArrayNode reasons = n.putArray("reasons");
        r.reasons().forEach(reasons::add);
        n.put("requestHash", r.requestHash());
        ObjectNode details = n.putObject("details");
        r.details().forEach(details::put);
        n.put("previousHash", r.previousHash());
        n.put("hash", r.hash());
        return write(n);
    }

    /**
     * @param c a checkpoint
     * @return one line of JSON
     */
    public static String line(Checkpoint c) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("treeSize", c.treeSize());
        n.put("rootHash", c.rootHash());
        n.put("chainHead", c.chainHead());
        n.put("createdAt", c.createdAt().toString());
        n.put("hashAlgorithm", c.hashAlgorithm());
        n.put("signatureAlgorithm", c.signatureAlgorithm());
        n.put("keyId", c.keyId());
        n.put("signature", c.signature());
        return write(n);
    }

    /**
     * @param details an event's details
     * @return them as one JSON object, keys in order
     */
    public static String details(java.util.SortedMap<String, String> details) {
        // written by hand, not through a generator: this runs once per appended audit record, and the text is
        // the generator's own (checked against detailsAsTree), escaping only what JSON requires
        StringBuilder out = new StringBuilder(32 + 48 * details.size());
        out.append('{');
        for (java.util.Map.Entry<String, String> e : details.entrySet()) {
            if (out.length() > 1) {
                out.append(',');
            }
            quote(out, e.getKey());
            out.append(':');
            quote(out, e.getValue());
        }
        return out.append('}').toString();
    }

    /** Appends a JSON string: quotes, backslash and control characters escaped, the rest as it is. */
    private static void quote(StringBuilder out, String s) {
        out.append('"');
        int n = s.length();
        int from = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            out.append(s, from, i).append('\\');
            switch (c) {
                case '"', '\\' -> out.append(c);
                case '\n' -> out.append('n');
                case '\r' -> out.append('r');
                case '\t' -> out.append('t');
                case '\b' -> out.append('b');
                case '\f' -> out.append('f');
                default -> out.append("u00").append(HEX_DIGITS[c >> 4]).append(HEX_DIGITS[c & 0xF]);
            }
            from = i + 1;
        }
        out.append(s, from, n).append('"');
    }

    /**
     * The tree-built form of {@link #details}, kept to check that the hand-written form is the generator's text.
     *
     * @param details an event's details
     * @return them as one JSON object, keys in order
     */
    static String detailsAsTree(java.util.SortedMap<String, String> details) {
        ObjectNode n = MAPPER.createObjectNode();
        details.forEach(n::put);
        return write(n);
    }

    /**
     * @param json a JSON object of text values, as {@link #details(java.util.SortedMap)} writes it
     * @return the details in key order
     * @throws io.dangan.archive.InvalidInputException with code {@code JSON_MALFORMED} when it is not such an object
     */
    public static java.util.SortedMap<String, String> parseDetails(String json) {
        try {
            com.fasterxml.jackson.databind.JsonNode n = MAPPER.readTree(json);
            java.util.SortedMap<String, String> out = new java.util.TreeMap<>();
            if (n == null || !n.isObject()) {
                throw new JsonProcessingException("not an object") { 
                    private static final long serialVersionUID = 1L;
                };
            }
            for (java.util.Map.Entry<String, com.fasterxml.jackson.databind.JsonNode> e : n.properties()) {
                out.put(e.getKey(), e.getValue().asText());
            }
            return out;
        } catch (JsonProcessingException e) {
            throw new io.dangan.archive.InvalidInputException(io.dangan.archive.ErrorCode.JSON_MALFORMED, "details",
                    "stored audit details are not a JSON object of text values: " + e.getOriginalMessage(), e);
        }
    }

    private static String write(ObjectNode n) {
        try {
            return MAPPER.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON tree", e);
        }
    }
}
