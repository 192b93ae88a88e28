package io.dangan.archive.core.internal.filing;

import io.dangan.archive.filing.CheckResult;
import io.dangan.archive.filing.FactAuthority;
import io.dangan.archive.filing.FactSheet;
import io.dangan.archive.filing.Formalities;
import io.dangan.archive.filing.MaterialType;
import io.dangan.archive.filing.ReviewCheck;
import io.dangan.archive.filing.ReviewInput;
import io.dangan.archive.filing.ReviewRecord;
import io.dangan.archive.model.Material;
import io.dangan.archive.model.Subject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The acceptance review (审核) of one material: the engine's checks on the data combined with the reviewer's
 * objections, one typed result per check. A check fails when the engine or the reviewer finds a fault; both
 * reasons are kept. Lateness (beyond the filing deadline after formation) is flagged, not failed.
 */
public final class ReviewEngine {
    private ReviewEngine() {
    }

    /**
     * Reviews a material.
     *
     * @param material the received material
     * @param subject the dossier's subject
     * @param facts the facts the material states, or {@code null}
     * @param formalities the formalities recorded on receipt
     * @param standard the standard in force on the formation date
     * @param input the reviewer's objections
     * @param now when, from the archive's clock
     * @return the review record
     */
    public static ReviewRecord review(Material material, Subject subject, @Nullable FactSheet facts, Formalities formalities,
            CompiledStandard standard, ReviewInput input, Instant now) {
        List<CheckResult> results = new ArrayList<>();
        MaterialType type = standard.type(material.typeCode());
        for (ReviewCheck check : ReviewCheck.values()) {
            List<String> faults = new ArrayList<>();
            switch (check) {
                case SUBJECT_CLEAR -> {
                    if (facts != null && facts.name() != null && !facts.name().equals(subject.name())) {
                        faults.add("材料所载姓名“%s”与档案记载“%s”不一致".formatted(facts.name(), subject.name()));
                    }
                }
                case TRUE -> {
                    if (facts != null) {
                        dateFault(faults, "出生日期", facts.birthDate(), subject.birthDate(), type, FactAuthority.BIRTH_DATE_CORRECTION);
                        dateFault(faults, "参加工作时间", facts.workStartDate(), subject.workStartDate(), type, FactAuthority.WORK_START);
                        dateFault(faults, "入党时间", facts.partyJoinDate(), subject.partyJoinDate(), type, FactAuthority.PARTY_JOIN);
                    }
                }
                case PROPERLY_FILLED -> {
                    if (type == null) {
                        faults.add("材料种类 %s 不在标准 %s 中".formatted(material.typeCode(), standard.id()));
                    } else if (!type.category().equals(material.category())) {
                        faults.add("%s应归入 %s 类，报送类号为 %s".formatted(type.name(), type.category(), material.category()));
                    }
                }
                case FORMALITIES -> {
                    if (!formalities.sealed()) {
                        faults.add("缺少形成单位公章");
                    }
                    if (!formalities.signed()) {
                        faults.add("缺少签字");
                    }
                    if (!formalities.original()) {
                        if (formalities.copyDate() == null || formalities.copyingUnit() == null) {
                            faults.add("复印件未注明复制时间或未加盖复制单位公章");
                        } else if (formalities.copyDate().isBefore(material.formedDate())) {
                            faults.add("复制时间 %s 早于形成时间 %s".formatted(formalities.copyDate(), material.formedDate()));
                        }
                    }
                }
                default -> {
                    // FINISHED, COMPLETE, LEGIBLE: the reviewer's eye only
                }
            }
            String objection = input.objections().get(check);
            if (objection != null) {
                faults.add("审核人意见：" + objection);
            }
            results.add(faults.isEmpty() ? CheckResult.pass(check) : CheckResult.fail(check, String.join("；", faults)));
        }
        LocalDate formed = material.formedDate();
        LocalDate received = material.receivedDate() == null ? formed : material.receivedDate();
        boolean late = received.isAfter(formed.plus(standard.standard().filingDeadline()));
        long days = ChronoUnit.DAYS.between(formed, received);
        return new ReviewRecord(material.id(), material.dossier(), input.reviewer(), now, results, late, days);
    }

    private static void dateFault(List<String> faults, String label, @Nullable LocalDate stated, @Nullable LocalDate recorded,
            @Nullable MaterialType type, FactAuthority authority) {
        if (stated == null || Objects.equals(stated, recorded) || (type != null && type.decides(authority))) {
            return;
        }
        faults.add("%s记载为 %s，档案记载为 %s：应由形成单位重新制作，或由组织部门出具加盖公章的说明更正".formatted(
                label, stated, recorded == null ? "无" : recorded.toString()));
    }
}
