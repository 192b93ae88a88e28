package io.dangan.archive.core.internal.persistence;

import io.dangan.archive.ErrorCode;
import io.dangan.archive.IntegrityException;
import io.dangan.archive.filing.DeclaredFacts;
import io.dangan.archive.filing.EducationEntry;
import io.dangan.archive.filing.FactSheet;
import io.dangan.archive.filing.WorkHistoryEntry;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.EducationLevel;
import io.dangan.archive.model.MaterialId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Table {@code dangan_declared_facts}: the facts one material states (材料记载信息). Education and work-history
 * entries are text columns, a line per entry with tab-separated fields (their texts hold no control characters).
 */
@Entity(name = "DanganDeclaredFacts")
@Table(name = "dangan_declared_facts", indexes = @Index(name = "ix_dangan_declared_facts_dossier",
        columnList = "dossier_id, material_id"))
public class DeclaredFactsEntity {
    @Id
    @Column(name = "material_id", length = 64, nullable = false)
    private String materialId = "";

    @Column(name = "dossier_id", length = 64, nullable = false)
    private String dossierId = "";

    @Column(name = "name", length = 128)
    private @Nullable String name;

    @Column(name = "birth_date")
    private @Nullable LocalDate birthDate;

    @Column(name = "work_start_date")
    private @Nullable LocalDate workStartDate;

    @Column(name = "party_join_date")
    private @Nullable LocalDate partyJoinDate;

    @Column(name = "cadre_status", length = 64)
    private @Nullable String cadreStatus;

    @Column(name = "education", length = 4000, nullable = false)
    private String education = "";

    @Column(name = "work_history", length = 8000, nullable = false)
    private String workHistory = "";

    /** For the persistence provider. */
    protected DeclaredFactsEntity() {
    }

    static DeclaredFactsEntity of(DeclaredFacts d) {
        DeclaredFactsEntity e = new DeclaredFactsEntity();
        e.materialId = d.material().value();
        e.copyFrom(d);
        return e;
    }

    void copyFrom(DeclaredFacts d) {
        FactSheet f = d.facts();
        dossierId = d.dossier().value();
        name = f.name();
        birthDate = f.birthDate();
        workStartDate = f.workStartDate();
        partyJoinDate = f.partyJoinDate();
        cadreStatus = f.cadreStatus();
        StringBuilder edu = new StringBuilder();
        for (EducationEntry x : f.education()) {
            line(edu).append(x.level().name()).append('\t').append(x.school()).append('\t')
                    .append(x.completed() == null ? "" : x.completed().toString());
        }
        education = edu.toString();
        StringBuilder work = new StringBuilder();
        for (WorkHistoryEntry w : f.workHistory()) {
            line(work).append(w.from()).append('\t').append(w.to() == null ? "" : w.to().toString()).append('\t')
                    .append(w.unit()).append('\t').append(w.post());
        }
        workHistory = work.toString();
    }

    private static StringBuilder line(StringBuilder b) {
        return b.length() == 0 ? b : b.append('\n');
    }

    DeclaredFacts toValue() {
        List<EducationEntry> edu = new ArrayList<>();
        for (String[] f : fields(education, 3)) {
            edu.add(new EducationEntry(Enums.of(EducationLevel.class, f[0], materialId), f[1], date(f[2])));
        }
        List<WorkHistoryEntry> work = new ArrayList<>();
        for (String[] f : fields(workHistory, 4)) {
            work.add(new WorkHistoryEntry(LocalDate.parse(f[0]), date(f[1]), f[2], f[3]));
        }
        return new DeclaredFacts(new MaterialId(materialId), new DossierId(dossierId),
                new FactSheet(name, birthDate, workStartDate, partyJoinDate, edu, work, cadreStatus));
    }

    private List<String[]> fields(String text, int count) {
        List<String[]> out = new ArrayList<>();
        if (text.isEmpty()) {
            return out;
        }
        for (String line : text.split("\n", -1)) {
            String[] f = line.split("\t", -1);
            if (f.length != count) {
                throw new IntegrityException(ErrorCode.STORE_FAILURE, "facts " + materialId,
                        "stored facts of %s: a line has %d fields, expected %d".formatted(materialId, f.length, count));
            }
            out.add(f);
        }
        return out;
    }

    private static @Nullable LocalDate date(String s) {
        return s.isEmpty() ? null : LocalDate.parse(s);
    }
}
