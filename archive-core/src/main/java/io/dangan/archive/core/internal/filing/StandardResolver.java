package io.dangan.archive.core.internal.filing;

import io.dangan.archive.ErrorCode;
import io.dangan.archive.InvalidInputException;
import io.dangan.archive.core.internal.json.StandardDocument;
import io.dangan.archive.core.internal.json.StandardDocument.Located;
import io.dangan.archive.filing.CategoryDefinition;
import io.dangan.archive.filing.CompletenessRule;
import io.dangan.archive.filing.FilingStandard;
import io.dangan.archive.filing.MaterialType;
import io.dangan.archive.filing.SpecialAuditPolicy;
import io.dangan.archive.model.MaterialCategory;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Resolves standard documents into flattened {@link FilingStandard}s: follows each {@code extends} chain
 * (rejecting cycles and unknown parents), lets the child add or override categories, types and rules by
 * code or id, remove inherited rules, and inherit unset settings. References are checked against the
 * merged view and reported at the child's file and JSON pointer.
 */
public final class StandardResolver {
    private final Map<String, StandardDocument> documents = new LinkedHashMap<>();
    private final Map<String, FilingStandard> resolved = new HashMap<>();

    private StandardResolver(List<StandardDocument> docs) {
        for (StandardDocument d : docs) {
            StandardDocument previous = documents.putIfAbsent(d.id(), d);
            if (previous != null) {
                throw new InvalidInputException(ErrorCode.STANDARD_DUPLICATE, d.source() + "#/id",
                        "%s#/id: standard id %s is already defined by %s".formatted(d.source(), d.id(), previous.source()));
            }
        }
    }

    /**
     * Resolves documents.
     *
     * @param docs the documents, each id once
     * @return the flattened standards, in the documents' order
     * @throws InvalidInputException {@code STANDARD_DUPLICATE}, {@code STANDARD_EXTENSION_CYCLE},
     *     {@code STANDARD_UNKNOWN_REFERENCE} or {@code STANDARD_INVALID}, located at file and pointer
     */
    public static List<FilingStandard> resolve(List<StandardDocument> docs) {
        StandardResolver r = new StandardResolver(docs);
        List<FilingStandard> out = new ArrayList<>();
        for (StandardDocument d : docs) {
            out.add(r.resolve(d, new ArrayList<>()));
        }
        return out;
    }

    private FilingStandard resolve(StandardDocument doc, List<String> chain) {
        FilingStandard done = resolved.get(doc.id());
        if (done != null) {
            return done;
        }
        if (chain.contains(doc.id())) {
            List<String> cycle = new ArrayList<>(chain.subList(chain.indexOf(doc.id()), chain.size()));
            cycle.add(doc.id());
            throw new InvalidInputException(ErrorCode.STANDARD_EXTENSION_CYCLE, doc.source() + "#/extends",
                    "%s#/extends: standards extend each other in a cycle: %s".formatted(doc.source(),
                            String.join(" → ", cycle)));
        }
        chain.add(doc.id());
        FilingStandard parent = null;
        if (doc.parent() != null) {
            StandardDocument p = documents.get(doc.parent());
            if (p == null) {
                throw new InvalidInputException(ErrorCode.STANDARD_UNKNOWN_REFERENCE, doc.source() + "#/extends",
                        "%s#/extends: standard %s is not loaded; known: %s".formatted(doc.source(), doc.parent(),
                                documents.keySet()));
            }
            parent = resolve(p, chain);
        }
        chain.remove(chain.size() - 1);
        FilingStandard result = merge(doc, parent);
        resolved.put(doc.id(), result);
        return result;
    }

    private static FilingStandard merge(StandardDocument doc, FilingStandard parent) {
        String src = doc.source();
        Map<MaterialCategory, CategoryDefinition> categories = new TreeMap<>();
        Map<String, MaterialType> types = new LinkedHashMap<>();
        Map<String, CompletenessRule> rules = new LinkedHashMap<>();
        List<String> unverified = new ArrayList<>();
        Period deadline = doc.filingDeadline();
        Period chase = doc.chaseInterval();
        SpecialAuditPolicy policy = doc.specialAudit();
        if (parent != null) {
            parent.categories().forEach(c -> categories.put(c.category(), c));
            parent.types().forEach(t -> types.put(t.code(), t));
            parent.rules().forEach(r -> rules.put(r.id(), r));
            parent.unverified().forEach(u -> unverified.add(parent.id() + ":" + u));
            deadline = deadline == null ? parent.filingDeadline() : deadline;
            chase = chase == null ? parent.chaseInterval() : chase;
            policy = policy == null ? parent.specialAudit() : policy;
        }
        if (deadline == null) {
            throw new InvalidInputException(ErrorCode.STANDARD_INVALID, src + "#/filingDeadline",
                    "%s#/filingDeadline: required field 'filingDeadline' is missing".formatted(src));
        }
        if (chase == null) {
            chase = deadline;
        }
        if (policy == null) {
            policy = SpecialAuditPolicy.DEFAULT;
        }
        for (Located<CategoryDefinition> c : doc.categories()) {
            categories.put(c.value().category(), c.value());
        }
        for (Located<CategoryDefinition> c : doc.categories()) {
            MaterialCategory code = c.value().category();
            if (code.hasSubClass() && !categories.containsKey(MaterialCategory.ofClass(code.classNumber()))) {
                throw new InvalidInputException(ErrorCode.STANDARD_UNKNOWN_REFERENCE, src + "#" + c.pointer() + "/code",
                        "%s#%s/code: sub-class %s has no class %d".formatted(src, c.pointer(), code, code.classNumber()));
            }
        }
        for (Located<MaterialType> t : doc.types()) {
            types.put(t.value().code(), t.value());
        }
        for (Located<MaterialType> t : doc.types()) {
            MaterialCategory cat = t.value().category();
            boolean place = categories.containsKey(cat) && (cat.hasSubClass() || categories.keySet().stream()
                    .noneMatch(k -> k.hasSubClass() && k.classNumber() == cat.classNumber()));
            if (!place) {
                throw new InvalidInputException(ErrorCode.STANDARD_UNKNOWN_REFERENCE, src + "#" + t.pointer() + "/category",
                        "%s#%s/category: material type %s is bound to %s, which is %s".formatted(src, t.pointer(),
                                t.value().code(), cat, categories.containsKey(cat) ? "a class with sub-classes"
                                        : "not a category of " + doc.id()));
            }
        }
        for (Located<String> removed : doc.removedRules()) {
            if (rules.remove(removed.value()) == null) {
                throw new InvalidInputException(ErrorCode.STANDARD_UNKNOWN_REFERENCE, src + "#" + removed.pointer(),
                        "%s#%s: rule %s is not inherited from %s".formatted(src, removed.pointer(), removed.value(),
                                doc.parent()));
            }
        }
        for (Located<CompletenessRule> r : doc.rules()) {
            if (!types.containsKey(r.value().typeCode())) {
                throw new InvalidInputException(ErrorCode.STANDARD_UNKNOWN_REFERENCE, src + "#" + r.pointer() + "/type",
                        "%s#%s/type: rule %s requires material type %s, which %s does not define".formatted(src,
                                r.pointer(), r.value().id(), r.value().typeCode(), doc.id()));
            }
            rules.put(r.value().id(), r.value());
        }
        for (Map.Entry<String, MaterialType> e : types.entrySet()) {
            MaterialCategory cat = e.getValue().category();
            if (!categories.containsKey(cat)) {
                throw new InvalidInputException(ErrorCode.STANDARD_UNKNOWN_REFERENCE, src + "#/categories",
                        "%s: inherited material type %s is bound to %s, which %s no longer defines".formatted(src,
                                e.getKey(), cat, doc.id()));
            }
        }
        unverified.addAll(doc.unverified());
        try {
            return new FilingStandard(doc.id(), doc.name(), doc.effectiveFrom(), doc.parent(),
                    List.copyOf(categories.values()), List.copyOf(types.values()), List.copyOf(rules.values()), deadline,
                    chase, policy, unverified);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.code(), src + "#" + e.location(), src + ": " + e.getMessage(), e);
        }
    }
}
