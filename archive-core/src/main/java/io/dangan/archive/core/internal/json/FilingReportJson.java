package io.dangan.archive.core.internal.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dangan.archive.filing.Catalogue;
import io.dangan.archive.filing.CatalogueEntry;
import io.dangan.archive.filing.CompletenessReport;
import io.dangan.archive.filing.DeterminationForm;
import io.dangan.archive.filing.EducationEntry;
import io.dangan.archive.filing.FactConflict;
import io.dangan.archive.filing.Finding;
import io.dangan.archive.filing.FindingCode;
import io.dangan.archive.filing.MigrationLine;
import io.dangan.archive.filing.MigrationReport;
import io.dangan.archive.filing.MissingMaterialEntry;
import io.dangan.archive.filing.RepositoryAuditSummary;
import io.dangan.archive.filing.ResolvedFact;
import io.dangan.archive.filing.StatedValue;
import io.dangan.archive.filing.WorkHistoryEntry;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * JSON forms of the filing reports. Property order is fixed by construction, so the same report always
 * yields the same bytes; dates are ISO-8601 strings, absent values are {@code null}.
 */
public final class FilingReportJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final ObjectWriter WRITER = ArchiveObjectMapper.create().writer(ArchiveObjectMapper.prettyPrinter());

    private FilingReportJson() {
    }

    /**
     * @param r a completeness report
     * @return its JSON
     */
    public static String completeness(CompletenessReport r) {
        ObjectNode o = F.objectNode();
        o.put("kind", "completeness-report");
        o.put("dossier", r.dossier().value());
        o.put("subject", r.subject().value());
        o.put("subjectName", r.subjectName());
        o.put("standard", r.standard());
        o.put("asOf", r.asOf().toString());
        o.put("materialCount", r.materialCount());
        o.put("complete", r.complete());
        ArrayNode findings = o.putArray("findings");
        for (Finding f : r.findings()) {
            ObjectNode n = findings.addObject();
            n.put("code", f.code().name());
            n.put("label", f.code().label());
            n.put("material", f.material() == null ? null : f.material().value());
            n.put("detail", f.detail());
        }
        ArrayNode missing = o.putArray("missing");
        for (MissingMaterialEntry e : r.missing()) {
            ObjectNode n = missing.addObject();
            n.put("typeCode", e.typeCode());
            n.put("typeName", e.typeName());
            n.put("rule", e.ruleId());
            n.put("registeredOn", e.registeredOn().toString());
            n.put("chaseBy", e.chaseBy().toString());
            n.put("resolvedOn", date(e.resolvedOn()));
        }
        return write(o);
    }

    /**
     * @param r a repository summary
     * @return its JSON
     */
    public static String summary(RepositoryAuditSummary r) {
        ObjectNode o = F.objectNode();
        o.put("kind", "repository-audit-summary");
        o.put("asOf", r.asOf().toString());
        o.put("dossiers", r.dossiers());
        o.put("materials", r.materials());
        o.put("dossiersWithFindings", r.dossiersWithFindings());
        ObjectNode counts = o.putObject("counts");
        for (FindingCode c : FindingCode.values()) {
            counts.put(c.name(), r.counts().get(c));
        }
        return write(o);
    }

    /**
     * @param d a determination form
     * @return its JSON
     */
    public static String determination(DeterminationForm d) {
        ObjectNode o = F.objectNode();
        o.put("kind", "determination-form");
        o.put("dossier", d.dossier().value());
        o.put("subject", d.subject().value());
        o.put("name", d.name());
        o.put("citizenId", d.citizenId());
        o.put("asOf", d.asOf().toString());
        ArrayNode facts = o.putArray("facts");
        for (ResolvedFact f : d.facts()) {
            ObjectNode n = facts.addObject();
            n.put("fact", f.kind().name());
            n.put("label", f.kind().label());
            n.put("value", f.value());
            n.put("basis", f.basis().name());
            ArrayNode src = n.putArray("sources");
            f.sources().forEach(id -> src.add(id.value()));
            n.put("recorded", f.recorded());
        }
        ArrayNode edu = o.putArray("education");
        for (EducationEntry e : d.education()) {
            ObjectNode n = edu.addObject();
            n.put("level", e.level().name());
            n.put("school", e.school());
            n.put("completed", date(e.completed()));
        }
        ArrayNode work = o.putArray("workHistory");
        for (WorkHistoryEntry w : d.workHistory()) {
            ObjectNode n = work.addObject();
            n.put("from", w.from().toString());
            n.put("to", date(w.to()));
            n.put("unit", w.unit());
            n.put("post", w.post());
        }
        ArrayNode conflicts = o.putArray("conflicts");
        for (FactConflict c : d.conflicts()) {
            ObjectNode n = conflicts.addObject();
            n.put("kind", c.kind().name());
            n.put("fact", c.fact().name());
            n.put("detail", c.detail());
            ArrayNode st = n.putArray("statements");
            for (StatedValue s : c.statements()) {
                ObjectNode v = st.addObject();
                v.put("material", s.material().value());
                v.put("title", s.title());
                v.put("value", s.value());
            }
        }
        return write(o);
    }

    /**
     * @param c a catalogue
     * @return its JSON
     */
    public static String catalogue(Catalogue c) {
        ObjectNode o = F.objectNode();
        o.put("kind", "catalogue");
        o.put("dossier", c.dossier().value());
        o.put("standard", c.standard());
        ArrayNode entries = o.putArray("entries");
        for (CatalogueEntry e : c.entries()) {
            ObjectNode n = entries.addObject();
            n.put("category", e.category().code());
            n.put("sequence", e.sequence());
            n.put("material", e.material().value());
            n.put("title", e.title());
            n.put("formedDate", e.formedDate().toString());
            n.put("pages", e.pages());
            n.put("firstPage", e.firstPage());
            n.put("lastPage", e.lastPage());
        }
        return write(o);
    }

    /**
     * @param m a migration report
     * @return its JSON
     */
    public static String migration(MigrationReport m) {
        ObjectNode o = F.objectNode();
        o.put("kind", "migration-report");
        o.put("dossier", m.dossier().value());
        o.put("from", m.from());
        o.put("to", m.to());
        ArrayNode lines = o.putArray("lines");
        for (MigrationLine l : m.lines()) {
            ObjectNode n = lines.addObject();
            n.put("material", l.material().value());
            n.put("title", l.title());
            n.put("from", l.from().code());
            n.put("to", l.to() == null ? null : l.to().code());
            ArrayNode cand = n.putArray("candidates");
            l.candidates().forEach(c -> cand.add(c.code()));
            n.put("outcome", l.outcome().name());
            n.put("note", l.note());
        }
        return write(o);
    }

    private static @Nullable String date(@Nullable LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static String write(ObjectNode o) {
        try {
            return WRITER.writeValueAsString(o) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
