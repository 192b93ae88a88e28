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
        // streamed, not built as a tree: this runs once per appended audit record
        java.io.StringWriter out = new java.io.StringWriter(32 + 48 * details.size());
        try (com.fasterxml.jackson.core.JsonGenerator g = MAPPER.createGenerator(out)) {
            g.writeStartObject();
            for (java.util.Map.Entry<String, String> e : details.entrySet()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot write audit details as JSON", e);
        }
        return out.toString();
    }

    /**
     * The tree-built form of {@link #details}, kept to check that the streamed form writes the same text.
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
