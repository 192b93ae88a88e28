package io.dangan.archive.cli;

import io.dangan.archive.core.Archive;
import io.dangan.archive.core.Filing;
import io.dangan.archive.filing.CompletenessReport;
import io.dangan.archive.filing.DeterminationForm;
import io.dangan.archive.filing.EducationEntry;
import io.dangan.archive.filing.FactSheet;
import io.dangan.archive.filing.Formalities;
import io.dangan.archive.filing.HandOverId;
import io.dangan.archive.filing.HandOverRequest;
import io.dangan.archive.filing.ReceivedMaterial;
import io.dangan.archive.filing.ReviewInput;
import io.dangan.archive.filing.ReviewRecord;
import io.dangan.archive.filing.WorkHistoryEntry;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.Material;
import io.dangan.archive.model.MaterialCategory;
import io.dangan.archive.model.MaterialId;
import io.dangan.archive.model.Subject;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo's filing steps (归档演示): each material goes through the workflow (hand-over registration,
 * the seven-check review, filing into the catalogue), then one completeness report and one 认定表 are
 * printed.
 */
final class FilingDemo {
    static final String ARCHIVIST = "demo-archivist";
    static final String REVIEWER = "demo-reviewer";

    private final Filing filing;

    FilingDemo(Archive archive) {
        this.filing = archive.filing();
    }

    /** @return the filing services the demo uses */
    Filing filing() {
        return filing;
    }

    /**
     * Files one material through the workflow: registered on a hand-over received twelve days after formation,
     * reviewed, then filed.
     *
     * @param subject the cadre
     * @param dossier the dossier
     * @param id the material's id
     * @param category its category
     * @param title its title
     * @param typeCode its material type
     * @param formed its formation date
     * @param sourceUnit the forming unit
     * @param pages its page count
     * @return the filed material
     */
    Material file(Subject subject, DossierId dossier, MaterialId id, MaterialCategory category, String title,
            String typeCode, LocalDate formed, String sourceUnit, int pages) {
        ReceivedMaterial received = new ReceivedMaterial(id, title, typeCode, category, formed, pages, List.of(),
                Formalities.completeOriginal(), facts(subject, typeCode, formed));
        filing.service().register(new HandOverRequest(HandOverId.of(id.value() + "-h"), dossier, sourceUnit, "机要交通员",
                formed.plusDays(12), List.of(received), ARCHIVIST));
        ReviewRecord review = filing.service().review(id, ReviewInput.noObjections(REVIEWER));
        if (!review.passed()) {
            throw new IllegalStateException("demo material " + id + " failed review: " + review.failures());
        }
        return filing.service().file(id, ARCHIVIST);
    }

    /**
     * Prints one completeness report and one 认定表.
     *
     * @param dossier the dossier
     * @param asOf the audit date
     * @param out where to print
     * @return true when the dossier is complete and the special audit found no conflict
     */
    boolean report(DossierId dossier, LocalDate asOf, PrintWriter out) {
        CompletenessReport completeness = filing.audits().auditCompleteness(dossier, asOf);
        DeterminationForm form = filing.audits().specialAudit(dossier, asOf);
        out.println();
        out.print(completeness.toText());
        out.println();
        out.print(form.toText());
        return completeness.complete() && form.conflicts().isEmpty();
    }

    private static FactSheet facts(Subject s, String typeCode, LocalDate formed) {
        return switch (typeCode) {
            case "RESUME" -> {
                List<WorkHistoryEntry> history = new ArrayList<>();
                if (s.workStartDate() != null) {
                    history.add(new WorkHistoryEntry(s.workStartDate(), null, "奈曼旗财政局", "科员"));
                }
                yield FactSheet.EMPTY.withName(s.name()).withBirthDate(s.birthDate()).withWorkStartDate(s.workStartDate())
                        .withPartyJoinDate(s.partyJoinDate() != null && !s.partyJoinDate().isAfter(formed)
                                ? s.partyJoinDate() : null)
                        .withCadreStatus("干部").withWorkHistory(history);
            }
            case "EDUCATION_CERTIFICATE" -> FactSheet.EMPTY.withName(s.name()).withBirthDate(s.birthDate())
                    .withEducation(List.of(new EducationEntry(s.education(), "内蒙古大学", formed)));
            // the first cadre of a batch: the 转正定级表 dates work six months before the dossier record, which
            // passes review (the form decides work age) and shows in the 认定表
            case "REGULARISATION_GRADING" -> FactSheet.EMPTY.withName(s.name()).withWorkStartDate(
                    s.workStartDate() != null && s.id().value().endsWith("-s1") ? s.workStartDate().minusMonths(6)
                            : s.workStartDate()).withCadreStatus("干部");
            case "PARTY_APPLICATION" -> FactSheet.EMPTY.withName(s.name()).withBirthDate(s.birthDate())
                    .withPartyJoinDate(s.partyJoinDate());
            default -> FactSheet.EMPTY.withName(s.name());
        };
    }
}
