package io.dangan.archive.model;

import io.dangan.archive.ErrorCode;
import io.dangan.archive.InvalidInputException;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The subject of a dossier: a cadre (干部) with the facts the dossier record holds about them.
 * The "three ages, two histories, one identity" (三龄二历一身份) recorded here are the dossier's
 * current determination; the special audit (专审) checks them against the materials.
 *
 * <p>Dates are validated for order (work start and party join after birth); whether they lie in the
 * future depends on a clock and is checked by the services that store subjects.
 *
 * <p>Construction throws {@link InvalidInputException} when a field does not validate or dates are out of order.
 *
 * @param id the subject's id
 * @param citizenId the resident identity number (公民身份号码)
 * @param name the name (姓名), 1-64 characters
 * @param gender gender (性别)
 * @param birthDate the recorded birth date (出生日期)
 * @param ethnicity ethnicity (民族), e.g. {@code 汉族}, 1-32 characters
 * @param workStartDate the recorded work-start date (参加工作时间), or {@code null} if none
 * @param partyJoinDate the recorded party-join date (入党时间), or {@code null} if not a party member
 * @param education highest education (学历)
 * @param titleLevel professional title level (专业技术职务等级)
 * @param postLevel post level (职务层次)
 * @param version the optimistic-lock version, 0 for a subject not yet stored
 */
public record Subject(
        SubjectId id,
        CitizenId citizenId,
        String name,
        Gender gender,
        LocalDate birthDate,
        String ethnicity,
        @Nullable LocalDate workStartDate,
        @Nullable LocalDate partyJoinDate,
        EducationLevel education,
        TitleLevel titleLevel,
        PostLevel postLevel,
        long version) {

    public Subject {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(citizenId, "citizenId");
        name = Checks.text(name, "name", 64);
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(birthDate, "birthDate");
        ethnicity = Checks.text(ethnicity, "ethnicity", 32);
        Objects.requireNonNull(education, "education");
        Objects.requireNonNull(titleLevel, "titleLevel");
        Objects.requireNonNull(postLevel, "postLevel");
        if (version < 0) {
            throw new IllegalArgumentException("version " + version + " is negative");
        }
        after(workStartDate, "workStartDate", birthDate, id);
        after(partyJoinDate, "partyJoinDate", birthDate, id);
    }

    /** @return true when the subject has a party-join date (中共党员) */
    public boolean partyMember() {
        return partyJoinDate != null;
    }

    /**
     * Returns this subject with another optimistic-lock version.
     *
     * @param newVersion the version
     * @return a copy
     */
    public Subject withVersion(long newVersion) {
        return new Subject(id, citizenId, name, gender, birthDate, ethnicity, workStartDate, partyJoinDate,
                education, titleLevel, postLevel, newVersion);
    }

    private static void after(@Nullable LocalDate date, String field, LocalDate birthDate, SubjectId id) {
        if (date != null && !date.isAfter(birthDate)) {
            throw new InvalidInputException(ErrorCode.DATE_ORDER, "subject " + id + "/" + field,
                    "subject %s: %s %s is not after the birth date %s".formatted(id, field, date, birthDate));
        }
    }
}
