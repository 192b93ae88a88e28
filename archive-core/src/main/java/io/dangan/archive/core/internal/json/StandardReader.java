package io.dangan.archive.core.internal.json;

import io.dangan.archive.ErrorCode;
import io.dangan.archive.InvalidInputException;
import io.dangan.archive.core.internal.json.StandardDocument.Located;
import io.dangan.archive.filing.CategoryDefinition;
import io.dangan.archive.filing.CompletenessRule;
import io.dangan.archive.filing.FactAuthority;
import io.dangan.archive.filing.MappingEntry;
import io.dangan.archive.filing.MaterialType;
import io.dangan.archive.filing.OrderingRule;
import io.dangan.archive.filing.SpecialAuditPolicy;
import io.dangan.archive.filing.StandardMapping;
import io.dangan.archive.filing.SubjectCondition;
import io.dangan.archive.model.EducationLevel;
import io.dangan.archive.model.MaterialCategory;
import io.dangan.archive.model.PostLevel;
import io.dangan.archive.model.TitleLevel;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads filing-standard documents and mapping tables (format 1). Every error names the file and the JSON
 * pointer of the offending value; unknown fields are rejected.
 */
public final class StandardReader {
    /** The document format this reader understands. */
    public static final int FORMAT = 1;

    private static final Set<String> STANDARD_FIELDS = Set.of("format", "id", "name", "effectiveFrom", "extends",
            "filingDeadline", "chaseInterval", "specialAudit", "categories", "types", "rules", "removeRules",
            "unverified", "note");
    private static final Set<String> CATEGORY_FIELDS = Set.of("code", "name", "ordering");
    private static final Set<String> TYPE_FIELDS = Set.of("code", "name", "category", "authorities");
    private static final Set<String> RULE_FIELDS = Set.of("id", "type", "when", "description");
    private static final Set<String> WHEN_FIELDS = Set.of("partyMember", "minTitleLevel", "minPostLevel",
            "minEducation", "minYearsOfService");
    private static final Set<String> MAPPING_FIELDS = Set.of("format", "from", "to", "entries", "unverified", "note");
    private static final Set<String> ENTRY_FIELDS = Set.of("from", "to", "byType", "note");

    private StandardReader() {
    }

    /**
     * Reads one standard document.
     *
     * @param in the JSON, at most 1 MiB
     * @param source the file or resource name for error locations
     * @return the document, unresolved
     * @throws InvalidInputException {@code JSON_MALFORMED}, {@code JSON_UNKNOWN_FIELD}, {@code JSON_INVALID_VALUE},
     *     {@code JSON_UNSUPPORTED_VERSION}, {@code STANDARD_INVALID} or a value's own code, located at
     *     {@code source#pointer}
     */
    public static StandardDocument readStandard(InputStream in, String source) {
        JsonTree.Obj root = JsonTree.parse(in, source);
        root.allowOnly(STANDARD_FIELDS);
        checkFormat(root);
        String id = checkId(root.text("id"), root.at("id"));
        String name = root.text("name");
        var effectiveFrom = root.date("effectiveFrom");
        String parent = root.optText("extends");
        if (parent != null) {
            checkId(parent, root.at("extends"));
        }
        SpecialAuditPolicy policy = null;
        JsonTree.Obj sa = root.optObject("specialAudit");
        if (sa != null) {
            sa.allowOnly(Set.of("minimumWorkAge", "minimumPartyAge"));
            policy = sa.build("", o -> new SpecialAuditPolicy(o.integer("minimumWorkAge"), o.integer("minimumPartyAge")));
        }
        List<Located<CategoryDefinition>> categories = new ArrayList<>();
        for (JsonTree.Obj c : root.objects("categories", parent == null)) {
            c.allowOnly(CATEGORY_FIELDS);
            MaterialCategory code = category(c, "code");
            OrderingRule ordering = c.enumValue("ordering", OrderingRule.class);
            categories.add(new Located<>(c.build("name", o -> new CategoryDefinition(code, o.text("name"), ordering)),
                    c.pointer));
        }
        List<Located<MaterialType>> types = new ArrayList<>();
        for (JsonTree.Obj t : root.objects("types", parent == null)) {
            t.allowOnly(TYPE_FIELDS);
            MaterialCategory cat = category(t, "category");
            Set<FactAuthority> auth = EnumSet.noneOf(FactAuthority.class);
            List<String> names = t.strings("authorities");
            for (int i = 0; i < names.size(); i++) {
                try {
                    auth.add(FactAuthority.valueOf(names.get(i)));
                } catch (IllegalArgumentException e) {
                    String p = t.at("authorities") + "/" + i;
                    throw new InvalidInputException(ErrorCode.JSON_INVALID_VALUE, p,
                            "%s: '%s' is not one of %s".formatted(p, names.get(i), List.of(FactAuthority.values())), e);
                }
            }
            types.add(new Located<>(t.build("code", o -> new MaterialType(o.text("code"), o.text("name"), cat, auth)),
                    t.pointer));
        }
        List<Located<CompletenessRule>> rules = new ArrayList<>();
        for (JsonTree.Obj r : root.objects("rules", false)) {
            r.allowOnly(RULE_FIELDS);
            SubjectCondition when = SubjectCondition.ALWAYS;
            JsonTree.Obj w = r.optObject("when");
            if (w != null) {
                w.allowOnly(WHEN_FIELDS);
                when = w.build("minYearsOfService", o -> new SubjectCondition(o.optBoolean("partyMember"),
                        o.has("minTitleLevel") ? o.enumValue("minTitleLevel", TitleLevel.class) : null,
                        o.has("minPostLevel") ? o.enumValue("minPostLevel", PostLevel.class) : null,
                        o.has("minEducation") ? o.enumValue("minEducation", EducationLevel.class) : null,
                        o.optInteger("minYearsOfService")));
            }
            SubjectCondition condition = when;
            rules.add(new Located<>(r.build("id", o -> new CompletenessRule(o.text("id"), o.text("type"), condition,
                    o.text("description"))), r.pointer));
        }
        List<Located<String>> removed = new ArrayList<>();
        List<String> removeIds = root.strings("removeRules");
        for (int i = 0; i < removeIds.size(); i++) {
            if (parent == null) {
                throw new InvalidInputException(ErrorCode.STANDARD_INVALID, root.at("removeRules"),
                        "%s: removeRules needs 'extends', there is nothing to remove from".formatted(root.at("removeRules")));
            }
            removed.add(new Located<>(removeIds.get(i), "/removeRules/" + i));
        }
        return new StandardDocument(source, id, name, effectiveFrom, parent, root.optPeriod("filingDeadline"),
                root.optPeriod("chaseInterval"), policy, categories, types, rules, removed, root.strings("unverified"));
    }

    /**
     * Reads one mapping table between two category schemes.
     *
     * @param in the JSON, at most 1 MiB
     * @param source the file or resource name for error locations
     * @return the mapping
     * @throws InvalidInputException located at {@code source#pointer}
     */
    public static StandardMapping readMapping(InputStream in, String source) {
        JsonTree.Obj root = JsonTree.parse(in, source);
        root.allowOnly(MAPPING_FIELDS);
        checkFormat(root);
        String from = checkId(root.text("from"), root.at("from"));
        String to = checkId(root.text("to"), root.at("to"));
        List<MappingEntry> entries = new ArrayList<>();
        for (JsonTree.Obj e : root.objects("entries", true)) {
            e.allowOnly(ENTRY_FIELDS);
            MaterialCategory old = category(e, "from");
            List<String> targets = e.strings("to");
            List<MaterialCategory> cats = new ArrayList<>();
            for (int i = 0; i < targets.size(); i++) {
                cats.add(categoryText(targets.get(i), e.at("to") + "/" + i));
            }
            Map<String, MaterialCategory> byType = new LinkedHashMap<>();
            for (String[] kv : e.stringMap("byType")) {
                byType.put(kv[0], categoryText(kv[1], e.at("byType") + "/" + JsonTree.escape(kv[0])));
            }
            String note = e.optText("note");
            entries.add(e.build("to", o -> new MappingEntry(old, cats, byType, note == null ? "" : note)));
        }
        return root.build("entries", o -> new StandardMapping(from, to, entries));
    }

    private static void checkFormat(JsonTree.Obj root) {
        int format = root.integer("format");
        if (format != FORMAT) {
            throw new InvalidInputException(ErrorCode.JSON_UNSUPPORTED_VERSION, root.at("format"),
                    "%s: format %d is not supported, expected %d".formatted(root.at("format"), format, FORMAT));
        }
    }

    private static String checkId(String id, String where) {
        if (!id.matches("[a-z0-9][a-z0-9._-]{0,63}")) {
            throw new InvalidInputException(ErrorCode.STANDARD_INVALID, where,
                    "%s: standard id '%s' must be 1-64 of a-z, 0-9, '.', '_', '-'".formatted(where, id));
        }
        return id;
    }

    private static MaterialCategory category(JsonTree.Obj o, String field) {
        return categoryText(o.text(field), o.at(field));
    }

    private static MaterialCategory categoryText(String code, String where) {
        try {
            return MaterialCategory.of(code);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.code(), where, where + ": " + JsonTree.stripCode(e), e);
        }
    }
}
