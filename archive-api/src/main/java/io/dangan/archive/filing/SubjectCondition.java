package io.dangan.archive.filing;

import io.dangan.archive.model.EducationLevel;
import io.dangan.archive.model.PostLevel;
import io.dangan.archive.model.Subject;
import io.dangan.archive.model.TitleLevel;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * When a completeness rule applies (适用条件): every non-null part must hold (a conjunction); an
 * all-null condition applies to everyone.
 *
 * <p>Construction throws {@link io.dangan.archive.InvalidInputException} when the years of service are negative.
 *
 * @param partyMember required party membership, or {@code null} for either
 * @param minTitleLevel the subject's title level must be at least this, or {@code null}
 * @param minPostLevel the subject's post level must be at least this, or {@code null}
 * @param minEducation the subject's education must be at least this, or {@code null}
 * @param minYearsOfService whole years since the work-start date on the audit date must be at least this,
 *     or {@code null}; a subject without work-start date has zero years
 */
public record SubjectCondition(
        @Nullable Boolean partyMember,
        @Nullable TitleLevel minTitleLevel,
        @Nullable PostLevel minPostLevel,
        @Nullable EducationLevel minEducation,
        @Nullable Integer minYearsOfService) {

    /** The condition that holds for everyone. */
    public static final SubjectCondition ALWAYS = new SubjectCondition(null, null, null, null, null);

    public SubjectCondition {
        if (minYearsOfService != null && minYearsOfService < 0) {
            throw new io.dangan.archive.InvalidInputException(io.dangan.archive.ErrorCode.VALUE_OUT_OF_RANGE,
                    "condition/minYearsOfService", "minYearsOfService is %d, expected 0 or more".formatted(minYearsOfService));
        }
    }

    /**
     * Evaluates the condition.
     *
     * @param subject the subject
     * @param asOf the audit date, for years of service
     * @return true when every part holds
     */
    public boolean test(Subject subject, LocalDate asOf) {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(asOf, "asOf");
        if (partyMember != null && subject.partyMember() != partyMember) {
            return false;
        }
        if (minTitleLevel != null && subject.titleLevel().compareTo(minTitleLevel) < 0) {
            return false;
        }
        if (minPostLevel != null && subject.postLevel().compareTo(minPostLevel) < 0) {
            return false;
        }
        if (minEducation != null && subject.education().compareTo(minEducation) < 0) {
            return false;
        }
        if (minYearsOfService != null) {
            LocalDate start = subject.workStartDate();
            int years = start == null || start.isAfter(asOf) ? 0 : Period.between(start, asOf).getYears();
            return years >= minYearsOfService;
        }
        return true;
    }

    /** @return a Chinese description, e.g. {@code 中共党员且职称不低于中级}; {@code 全部人员} for {@link #ALWAYS} */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (partyMember != null) {
            parts.add(partyMember ? "中共党员" : "非中共党员");
        }
        if (minTitleLevel != null) {
            parts.add("职称不低于" + minTitleLevel.label());
        }
        if (minPostLevel != null) {
            parts.add("职务层次不低于" + minPostLevel.label());
        }
        if (minEducation != null) {
            parts.add("学历不低于" + minEducation.label());
        }
        if (minYearsOfService != null) {
            parts.add("工作满" + minYearsOfService + "年");
        }
        return parts.isEmpty() ? "全部人员" : String.join("且", parts);
    }
}
