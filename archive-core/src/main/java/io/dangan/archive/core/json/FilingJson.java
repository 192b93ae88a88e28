package io.dangan.archive.core.json;

import io.dangan.archive.core.internal.json.FilingReportJson;
import io.dangan.archive.filing.Catalogue;
import io.dangan.archive.filing.CompletenessReport;
import io.dangan.archive.filing.DeterminationForm;
import io.dangan.archive.filing.MigrationReport;
import io.dangan.archive.filing.RepositoryAuditSummary;

/**
 * JSON forms of the filing reports (completeness report, repository summary, 认定表, catalogue, migration
 * report). Output is byte-stable: fixed property order, ISO-8601 dates, UTF-8 text, a trailing newline.
 * The field names are described in {@code docs/codes.md}.
 */
public final class FilingJson {
    private FilingJson() {
    }

    /**
     * @param report a completeness report
     * @return its JSON
     */
    public static String toJson(CompletenessReport report) {
        return FilingReportJson.completeness(report);
    }

    /**
     * @param summary a repository audit summary
     * @return its JSON
     */
    public static String toJson(RepositoryAuditSummary summary) {
        return FilingReportJson.summary(summary);
    }

    /**
     * @param form a determination form (认定表)
     * @return its JSON
     */
    public static String toJson(DeterminationForm form) {
        return FilingReportJson.determination(form);
    }

    /**
     * @param catalogue a catalogue (目录)
     * @return its JSON
     */
    public static String toJson(Catalogue catalogue) {
        return FilingReportJson.catalogue(catalogue);
    }

    /**
     * @param report a migration report
     * @return its JSON
     */
    public static String toJson(MigrationReport report) {
        return FilingReportJson.migration(report);
    }
}
