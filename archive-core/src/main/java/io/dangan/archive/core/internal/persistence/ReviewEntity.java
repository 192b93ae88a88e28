package io.dangan.archive.core.internal.persistence;

import io.dangan.archive.ErrorCode;
import io.dangan.archive.IntegrityException;
import io.dangan.archive.filing.CheckResult;
import io.dangan.archive.filing.ReviewCheck;
import io.dangan.archive.filing.ReviewRecord;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.MaterialId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Table {@code dangan_review}: one row per review record (审核记录), numbered per material. The seven check
 * results are one text column, a line per check in check order: {@code 1} or {@code 0}, a tab, the reason
 * (reasons hold no control characters).
 */
@Entity(name = "DanganReview")
@Table(name = "dangan_review", indexes = @Index(name = "ix_dangan_review_material", columnList = "material_id, ordinal"))
public class ReviewEntity {
    @Id
    @Column(name = "id", length = 80, nullable = false)
    private String id = "";

    @Column(name = "material_id", length = 64, nullable = false)
    private String materialId = "";

    @Column(name = "ordinal", nullable = false)
    private int ordinal;

    @Column(name = "dossier_id", length = 64, nullable = false)
    private String dossierId = "";

    @Column(name = "reviewer", length = 128, nullable = false)
    private String reviewer = "";

    @Column(name = "reviewed_second", nullable = false)
    private long reviewedSecond;

    @Column(name = "reviewed_nano", nullable = false)
    private int reviewedNano;

    @Column(name = "late", nullable = false)
    private boolean late;

    @Column(name = "days_after_formation", nullable = false)
    private long daysAfterFormation;

    @Column(name = "results", length = 8000, nullable = false)
    private String results = "";

    /** For the persistence provider. */
    protected ReviewEntity() {
    }

    static ReviewEntity of(ReviewRecord r, int ordinal) {
        ReviewEntity e = new ReviewEntity();
        e.id = r.material().value() + "#" + ordinal;
        e.materialId = r.material().value();
        e.ordinal = ordinal;
        e.dossierId = r.dossier().value();
        e.reviewer = r.reviewer();
        e.reviewedSecond = r.reviewedAt().getEpochSecond();
        e.reviewedNano = r.reviewedAt().getNano();
        e.late = r.late();
        e.daysAfterFormation = r.daysAfterFormation();
        StringBuilder b = new StringBuilder();
        for (CheckResult c : r.results()) {
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append(c.passed() ? '1' : '0').append('\t').append(c.reason());
        }
        e.results = b.toString();
        return e;
    }

    ReviewRecord toValue() {
        String[] lines = results.split("\n", -1);
        ReviewCheck[] checks = ReviewCheck.values();
        if (lines.length != checks.length) {
            throw new IntegrityException(ErrorCode.STORE_FAILURE, "review " + id,
                    "stored review %s holds %d results, expected %d".formatted(id, lines.length, checks.length));
        }
        List<CheckResult> list = new ArrayList<>();
        for (int i = 0; i < checks.length; i++) {
            String line = lines[i];
            if (line.length() < 3 || line.charAt(1) != '\t' || (line.charAt(0) != '0' && line.charAt(0) != '1')) {
                throw new IntegrityException(ErrorCode.STORE_FAILURE, "review " + id,
                        "stored review %s: result %d is malformed".formatted(id, i));
            }
            list.add(new CheckResult(checks[i], line.charAt(0) == '1', line.substring(2)));
        }
        return new ReviewRecord(new MaterialId(materialId), new DossierId(dossierId), reviewer,
                Instant.ofEpochSecond(reviewedSecond, reviewedNano), list, late, daysAfterFormation);
    }
}
