package io.dangan.archive.core.internal.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dangan.archive.ArchiveException;
import io.dangan.archive.ErrorCode;
import io.dangan.archive.InvalidInputException;
import io.dangan.archive.access.AccessPolicy;
import io.dangan.archive.access.Action;
import io.dangan.archive.access.PolicyRule;
import io.dangan.archive.access.RelationKind;
import io.dangan.archive.access.Role;
import io.dangan.archive.access.RuleKind;
import io.dangan.archive.model.UnitId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;


/**
 * Reads and writes access policies as JSON (访问策略数据), format {@code dangan-access-policy/1}:
 *
 * <pre>{@code
 * {"format":"dangan-access-policy/1","version":"county-2026-1",
 *  "recusalRelations":"close",            // or ["SPOUSE","PARENT",...]; presets: lineal, close, all
 *  "minReaders":2,"maxLoanDays":14,"sensitiveClasses":[5,8],"authorityThroughAncestors":true,
 *  "purposes":{"appointment":"任免"},      // optional: the baseline catalogue when absent
 *  "rules":[{"id":"baseline.recusal","kind":"recusal","actions":["*"]}, ...]}   // optional: the baseline rules
 * }</pre>
 *
 * Every error is an {@link InvalidInputException} with code {@code POLICY_INVALID} (or {@code JSON_MALFORMED})
 * whose location names the rule and field, e.g. {@code rules[3] (county.no-copy)/actions[1]}. Unknown
 * fields are rejected.
 */
public final class AccessPolicyJson {
    /** The format tag this class reads and writes. */
    public static final String FORMAT = "dangan-access-policy/1";
    private static final Set<String> TOP = Set.of("format", "version", "recusalRelations", "minReaders", "maxLoanDays",
            "purposes", "sensitiveClasses", "authorityThroughAncestors", "rules");
    private static final Set<String> RULE = Set.of("id", "kind", "actions", "roles", "classes", "units");
    private static final ObjectMapper MAPPER = ArchiveObjectMapper.create();

    private AccessPolicyJson() {
    }

    /**
     * Parses a policy.
     *
     * @param json the document
     * @return the policy
     * @throws InvalidInputException naming the rule and field on any error
     */
    public static AccessPolicy read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(ErrorCode.JSON_MALFORMED, "policy",
                    "policy JSON is malformed at line %d, column %d: %s".formatted(e.getLocation() == null ? 0
                            : e.getLocation().getLineNr(), e.getLocation() == null ? 0 : e.getLocation().getColumnNr(),
                            e.getOriginalMessage()), e);
        }
        if (root == null || !root.isObject()) {
            throw invalid("policy", "expected a JSON object at the top");
        }
        unknownFields(root, TOP, "");
        String format = text(root, "format", "");
        if (!FORMAT.equals(format)) {
            throw new InvalidInputException(ErrorCode.JSON_UNSUPPORTED_VERSION, "format",
                    "policy format is '%s', expected '%s'".formatted(format, FORMAT));
        }
        AccessPolicy base = AccessPolicy.baseline();
        String version = text(root, "version", "");
        Set<RelationKind> relations = root.has("recusalRelations") ? relations(root.get("recusalRelations"))
                : base.recusalRelations();
        int minReaders = root.has("minReaders") ? integer(root, "minReaders", "") : base.minReaders();
        Duration maxLoan = root.has("maxLoanDays") ? Duration.ofDays(integer(root, "maxLoanDays", "")) : base.maxLoan();
        TreeMap<String, String> purposes = new TreeMap<>(base.purposes());
        if (root.has("purposes")) {
            purposes.clear();
            JsonNode p = root.get("purposes");
            if (!p.isObject()) {
                throw invalid("purposes", "expected an object of code to name");
            }
            for (Map.Entry<String, JsonNode> e : p.properties()) {
                if (!e.getValue().isTextual()) {
                    throw invalid("purposes/" + e.getKey(), "expected a text name");
                }
                purposes.put(e.getKey(), e.getValue().asText());
            }
        }
        Set<Integer> sensitive = root.has("sensitiveClasses")
                ? list(root.get("sensitiveClasses"), "sensitiveClasses", (n, at) -> classNumber(n, at))
                : base.sensitiveClasses();
        boolean ancestors = base.authorityThroughAncestors();
        if (root.has("authorityThroughAncestors")) {
            JsonNode b = root.get("authorityThroughAncestors");
            if (!b.isBoolean()) {
                throw invalid("authorityThroughAncestors", "expected true or false, found " + b);
            }
            ancestors = b.asBoolean();
        }
        List<PolicyRule> rules = base.rules();
        if (root.has("rules")) {
            JsonNode rs = root.get("rules");
            if (!rs.isArray()) {
                throw invalid("rules", "expected an array of rules");
            }
            rules = new ArrayList<>();
            for (int i = 0; i < rs.size(); i++) {
                rules.add(rule(rs.get(i), i));
            }
        }
        return new AccessPolicy(version, relations, minReaders, maxLoan, purposes, sensitive, ancestors, rules);
    }

    private static PolicyRule rule(JsonNode r, int index) {
        String where = "rules[" + index + "]";
        if (!r.isObject()) {
            throw invalid(where, "expected a rule object");
        }
        String id = r.has("id") && r.get("id").isTextual() ? r.get("id").asText() : "?";
        String at = where + " (" + id + ")";
        unknownFields(r, RULE, at + "/");
        id = text(r, "id", at + "/");
        RuleKind kind = RuleKind.of(text(r, "kind", at + "/"), at + "/kind");
        if (!r.has("actions")) {
            throw invalid(at + "/actions", "missing; expected a list of action codes or [\"*\"]");
        }
        Set<Action> actions = actions(r.get("actions"), at + "/actions");
        Set<Role> roles = r.has("roles") ? list(r.get("roles"), at + "/roles", (n, loc) -> role(n, loc)) : Set.of();
        Set<Integer> classes = r.has("classes") ? list(r.get("classes"), at + "/classes", (n, loc) -> classNumber(n, loc))
                : Set.of();
        Set<UnitId> units = r.has("units") ? list(r.get("units"), at + "/units", (n, loc) -> unit(n, loc)) : Set.of();
        try {
            return new PolicyRule(id, kind, actions, roles, classes, units);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(ErrorCode.POLICY_INVALID, at + "/" + field(e.location()), e.getMessage(), e);
        }
    }

    private static String field(String location) {
        int slash = location.lastIndexOf('/');
        return slash < 0 ? location : location.substring(slash + 1);
    }

    /** Parses one element; {@code at} is its location. */
    @FunctionalInterface
    private interface Element<T> {
        T parse(JsonNode node, String at);
    }

    private static <T> Set<T> list(JsonNode node, String at, Element<T> element) {
        if (!node.isArray()) {
            throw invalid(at, "expected an array, found " + node.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        Set<T> out = new LinkedHashSet<>();
        for (int i = 0; i < node.size(); i++) {
            T v = element.parse(node.get(i), at + "[" + i + "]");
            if (!out.add(v)) {
                throw invalid(at + "[" + i + "]", "duplicate value " + node.get(i));
            }
        }
        return out;
    }

    private static Set<Action> actions(JsonNode node, String at) {
        if (node.isArray() && node.size() == 1 && "*".equals(node.get(0).asText())) {
            return EnumSet.allOf(Action.class);
        }
        if (node.isArray() && node.size() == 1 && "dossier".equals(node.get(0).asText())) {
            return PolicyRule.dossierActions();
        }
        return list(node, at, (n, loc) -> {
            if (!n.isTextual()) {
                throw invalid(loc, "expected an action code, found " + n);
            }
            try {
                return Action.of(n.asText());
            } catch (InvalidInputException e) {
                throw new InvalidInputException(ErrorCode.POLICY_INVALID, loc, e.getMessage(), e);
            }
        });
    }

    private static Role role(JsonNode n, String at) {
        return enumValue(Role.class, n, at);
    }

    private static Set<RelationKind> relations(JsonNode node) {
        if (node.isTextual()) {
            return switch (node.asText()) {
                case "lineal" -> RelationKind.lineal();
                case "close" -> RelationKind.close();
                case "all" -> RelationKind.all();
                default -> throw invalid("recusalRelations",
                        "preset '%s' is unknown, expected lineal (直系亲属), close (近亲属), all (亲属) or a list".formatted(node.asText()));
            };
        }
        return list(node, "recusalRelations", (n, at) -> enumValue(RelationKind.class, n, at));
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, JsonNode n, String at) {
        if (n.isTextual()) {
            String s = n.asText().strip().toUpperCase(Locale.ROOT).replace('-', '_');
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(s)) {
                    return e;
                }
            }
        }
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            names.add(e.name());
        }
        throw invalid(at, "value %s is not one of %s".formatted(n, names));
    }

    private static Integer classNumber(JsonNode n, String at) {
        if (!n.isInt() || n.asInt() < 1 || n.asInt() > 10) {
            throw invalid(at, "material class %s is not a whole number 1-10".formatted(n));
        }
        return n.asInt();
    }

    private static UnitId unit(JsonNode n, String at) {
        if (!n.isTextual()) {
            throw invalid(at, "expected a unit id, found " + n);
        }
        try {
            return UnitId.of(n.asText());
        } catch (ArchiveException e) {
            throw new InvalidInputException(ErrorCode.POLICY_INVALID, at, e.getMessage(), e);
        }
    }

    private static String text(JsonNode node, String field, String prefix) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw invalid(prefix + field, "missing; expected a text value");
        }
        if (!v.isTextual()) {
            throw invalid(prefix + field, "expected a text value, found " + v);
        }
        return v.asText();
    }

    private static int integer(JsonNode node, String field, String prefix) {
        JsonNode v = node.get(field);
        if (v == null || !v.isInt()) {
            throw invalid(prefix + field, "expected a whole number, found " + v);
        }
        return v.asInt();
    }

    private static void unknownFields(JsonNode node, Set<String> known, String prefix) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String f = it.next();
            if (!known.contains(f)) {
                throw new InvalidInputException(ErrorCode.JSON_UNKNOWN_FIELD, prefix + f,
                        "field '%s' is unknown, expected one of %s".formatted(f, new java.util.TreeSet<>(known)));
            }
        }
    }

    private static InvalidInputException invalid(String at, String message) {
        return new InvalidInputException(ErrorCode.POLICY_INVALID, at, at + ": " + message);
    }

    /**
     * Writes a policy in the format {@link #read(String)} reads, with fields and sets in a fixed order.
     *
     * @param policy the policy
     * @return the JSON text
     */
    public static String write(AccessPolicy policy) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", policy.version());
        ArrayNode rel = root.putArray("recusalRelations");
        EnumSet.copyOf(policy.recusalRelations()).forEach(r -> rel.add(r.name()));
        root.put("minReaders", policy.minReaders());
        if (policy.maxLoan().toSeconds() % 86_400 != 0) {
            throw new IllegalArgumentException("maxLoan " + policy.maxLoan() + " is not whole days");
        }
        root.put("maxLoanDays", policy.maxLoan().toDays());
        ObjectNode purposes = root.putObject("purposes");
        policy.purposes().forEach(purposes::put);
        ArrayNode sens = root.putArray("sensitiveClasses");
        policy.sensitiveClasses().stream().sorted().forEach(sens::add);
        root.put("authorityThroughAncestors", policy.authorityThroughAncestors());
        ArrayNode rules = root.putArray("rules");
        for (PolicyRule r : policy.rules()) {
            ObjectNode n = rules.addObject();
            n.put("id", r.id());
            n.put("kind", r.kind().code());
            ArrayNode a = n.putArray("actions");
            EnumSet.copyOf(r.actions()).forEach(x -> a.add(x.code()));
            if (!r.roles().isEmpty()) {
                ArrayNode ro = n.putArray("roles");
                EnumSet.copyOf(r.roles()).forEach(x -> ro.add(x.name()));
            }
            if (!r.classes().isEmpty()) {
                ArrayNode c = n.putArray("classes");
                r.classes().stream().sorted().forEach(c::add);
            }
            if (!r.units().isEmpty()) {
                ArrayNode u = n.putArray("units");
                r.units().stream().map(UnitId::value).sorted().forEach(u::add);
            }
        }
        try {
            return MAPPER.writer(ArchiveObjectMapper.prettyPrinter()).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON tree", e);
        }
    }

}
