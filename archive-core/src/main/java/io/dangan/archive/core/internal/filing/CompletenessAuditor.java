package io.dangan.archive.core.internal.filing;

import io.dangan.archive.filing.CompletenessReport;
import io.dangan.archive.filing.CompletenessRule;
import io.dangan.archive.filing.Finding;
import io.dangan.archive.filing.FindingCode;
import io.dangan.archive.filing.MaterialType;
import io.dangan.archive.filing.MissingMaterialEntry;
import io.dangan.archive.model.ContentRef;
import io.dangan.archive.model.Digest;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.Material;
import io.dangan.archive.model.MaterialCategory;
import io.dangan.archive.model.MaterialId;
import io.dangan.archive.model.MaterialStatus;
import io.dangan.archive.model.Subject;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The completeness audit of one dossier (齐全性审核), a pure function of the subject, the dossier's
 * materials, the standard and the missing-materials register. Only filed materials count. Each defect yields
 * exactly one finding: a missing type once however many rules require it, a gap once per run of missing
 * numbers, a duplicate once per later copy.
 *
 * <p>Stateless and thread-safe; linear in the number of materials (plus a sort when the input is not in
 * catalogue order).
 */
public final class CompletenessAuditor {
    private static final Comparator<Material> CATALOGUE_ORDER = CompletenessAuditor::compareCatalogue;

    private final CompiledStandard standard;
    private final Period deadline;
    private final Period chase;
    /** A lower bound of the deadline in days: a material received no later than this is never late. */
    private final long deadlineFloorDays;

    /**
     * @param standard the standard in force on the audit date
     */
    public CompletenessAuditor(CompiledStandard standard) {
        this.standard = standard;
        this.deadline = standard.standard().filingDeadline();
        this.chase = standard.standard().chaseInterval();
        this.deadlineFloorDays = deadline.getYears() * 365L + deadline.getMonths() * 28L + deadline.getDays();
    }

    private static int compareCatalogue(Material a, Material b) {
        MaterialCategory ca = a.category();
        MaterialCategory cb = b.category();
        if (ca.classNumber() != cb.classNumber()) {
            return ca.classNumber() < cb.classNumber() ? -1 : 1;
        }
        if (ca.subClass() != cb.subClass()) {
            return ca.subClass() < cb.subClass() ? -1 : 1;
        }
        if (a.sequence() != b.sequence()) {
            return a.sequence() < b.sequence() ? -1 : 1;
        }
        return a.id().value().compareTo(b.id().value());
    }

    private boolean late(LocalDate formed, LocalDate received) {
        long days = received.toEpochDay() - formed.toEpochDay();
        return days > deadlineFloorDays && received.isAfter(formed.plus(deadline));
    }

    /** @return the standard audited against */
    public CompiledStandard standard() {
        return standard;
    }

    /**
     * Audits one dossier.
     *
     * @param subject the dossier's subject
     * @param dossier the dossier
     * @param materials its materials in any order and status; only {@code FILED} ones are examined
     * @param register the dossier's register entries (open or resolved), for the registration dates
     * @param asOf the audit date
     * @return the report
     */
    public CompletenessReport audit(Subject subject, DossierId dossier, List<Material> materials,
            List<MissingMaterialEntry> register, LocalDate asOf) {
        Material[] filed = new Material[materials.size()];
        int n = 0;
        boolean sorted = true;
        for (Material m : materials) {
            if (m.status() == MaterialStatus.FILED) {
                if (n > 0 && CATALOGUE_ORDER.compare(filed[n - 1], m) > 0) {
                    sorted = false;
                }
                filed[n++] = m;
            }
        }
        if (!sorted) {
            Arrays.sort(filed, 0, n, CATALOGUE_ORDER);
        }
        List<Finding> misfiled = new ArrayList<>(0);
        List<Finding> unknownType = new ArrayList<>(0);
        List<Finding> late = new ArrayList<>(0);
        List<Finding> duplicates = new ArrayList<>(0);
        List<Finding> gaps = new ArrayList<>(0);
        List<Finding> numberDuplicates = new ArrayList<>(0);
        Set<String> present = new HashSet<>(64);
        Map<Digest, MaterialId> digests = new HashMap<>(Math.max(16, n * 4));
        MaterialCategory runCategory = null;
        int expected = 1;
        int lastSequence = 0;
        for (int i = 0; i < n; i++) {
            Material m = filed[i];
            String typeCode = m.typeCode();
            if (typeCode != null) {
                present.add(typeCode);
            }
            MaterialCategory category = m.category();
            if (!standard.isFilingPlace(category)) {
                misfiled.add(new Finding(FindingCode.MISFILED, dossier, m.id(),
                        "类号 %s 不是标准 %s 的归档类目".formatted(category, standard.id())));
            } else if (typeCode != null) {
                MaterialType type = standard.type(typeCode);
                if (type == null) {
                    unknownType.add(new Finding(FindingCode.UNKNOWN_TYPE, dossier, m.id(),
                            "材料种类 %s 不在标准 %s 中".formatted(typeCode, standard.id())));
                } else if (!type.category().equals(category)) {
                    misfiled.add(new Finding(FindingCode.MISFILED, dossier, m.id(),
                            "%s应归入 %s 类，现归入 %s 类".formatted(type.name(), type.category(), category)));
                }
            }
            LocalDate received = m.receivedDate();
            if (received != null && late(m.formedDate(), received)) {
                late.add(new Finding(FindingCode.LATE, dossier, m.id(), "%s 形成，%s 才接收，超过归档时限 %s".formatted(
                        m.formedDate(), received, deadline)));
            }
            List<ContentRef> contents = m.contents();
            for (int c = 0; c < contents.size(); c++) {
                List<Digest> ds = contents.get(c).digests();
                for (int d = 0; d < ds.size(); d++) {
                    MaterialId first = digests.putIfAbsent(ds.get(d), m.id());
                    if (first != null && !first.equals(m.id())) {
                        duplicates.add(new Finding(FindingCode.DUPLICATE_CONTENT, dossier, m.id(),
                                "电子文件 %s 与材料 %s 内容相同".formatted(contents.get(c).fileName(), first)));
                        d = ds.size();
                        c = contents.size();
                    }
                }
            }
            if (!category.equals(runCategory)) {
                runCategory = category;
                expected = 1;
                lastSequence = 0;
            }
            int seq = m.sequence();
            if (seq == lastSequence) {
                numberDuplicates.add(new Finding(FindingCode.NUMBERING_DUPLICATE, dossier, m.id(),
                        "%s 类序号 %d 重复".formatted(category, seq)));
                continue;
            }
            if (seq > expected) {
                gaps.add(new Finding(FindingCode.NUMBERING_GAP, dossier, null, seq == expected + 1
                        ? "%s 类缺少序号 %d".formatted(category, expected)
                        : "%s 类缺少序号 %d-%d".formatted(category, expected, seq - 1)));
            }
            lastSequence = seq;
            expected = seq + 1;
        }
        List<Finding> missingFindings = new ArrayList<>(0);
        List<MissingMaterialEntry> missing = new ArrayList<>(0);
        for (String typeCode : standard.requiredTypes()) {
            if (present.contains(typeCode)) {
                continue;
            }
            CompletenessRule applying = null;
            for (CompletenessRule r : standard.rulesFor(typeCode)) {
                if (r.condition().test(subject, asOf)) {
                    applying = r;
                    break;
                }
            }
            if (applying == null) {
                continue;
            }
            MaterialType type = standard.type(typeCode);
            String typeName = type == null ? typeCode : type.name();
            missingFindings.add(new Finding(FindingCode.MISSING_REQUIRED, dossier, null,
                    "缺少%s（%s）：%s".formatted(typeName, typeCode, applying.description())));
            MissingMaterialEntry entry = null;
            for (MissingMaterialEntry e : register) {
                if (e.typeCode().equals(typeCode) && e.open()) {
                    entry = e;
                }
            }
            missing.add(entry != null ? entry : new MissingMaterialEntry(dossier, typeCode, typeName, applying.id(), asOf,
                    asOf.plus(chase), null));
        }
        List<Finding> findings = new ArrayList<>(missingFindings.size() + misfiled.size() + unknownType.size()
                + late.size() + duplicates.size() + gaps.size() + numberDuplicates.size());
        findings.addAll(missingFindings);
        findings.addAll(misfiled);
        findings.addAll(unknownType);
        findings.addAll(late);
        findings.addAll(duplicates);
        findings.addAll(gaps);
        findings.addAll(numberDuplicates);
        return new CompletenessReport(dossier, subject.id(), subject.name(), standard.id(), asOf, n, findings, missing);
    }
}
