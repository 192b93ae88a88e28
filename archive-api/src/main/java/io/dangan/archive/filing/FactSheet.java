package io.dangan.archive.filing;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The facts one material states about its subject (材料记载信息), as transcribed at registration: the
 * input of the special audit (专审). Every part is optional; a résumé states most of them, an 入党志愿书
 * states the party-join date.
 *
 * @param name the name it states, or {@code null}
 * @param birthDate the birth date it states, or {@code null}
 * @param workStartDate the work-start date it states, or {@code null}
 * @param partyJoinDate the party-join date it states, or {@code null}
 * @param education the education entries it states
 * @param workHistory the work-history entries it states
 * @param cadreStatus the cadre status it states (e.g. {@code 干部}, {@code 工人}), or {@code null}
 */
public record FactSheet(@Nullable String name, @Nullable LocalDate birthDate, @Nullable LocalDate workStartDate,
        @Nullable LocalDate partyJoinDate, List<EducationEntry> education, List<WorkHistoryEntry> workHistory,
        @Nullable String cadreStatus) {
    public FactSheet {
        if (name != null) {
            name = Texts.require(name, "facts/name", 64);
        }
        education = List.copyOf(education);
        workHistory = List.copyOf(workHistory);
        if (cadreStatus != null) {
            cadreStatus = Texts.require(cadreStatus, "facts/cadreStatus", 32);
        }
    }

    /** An empty sheet. */
    public static final FactSheet EMPTY = new FactSheet(null, null, null, null, List.of(), List.of(), null);

    /**
     * @param date the birth date stated
     * @return a copy stating it
     */
    public FactSheet withBirthDate(@Nullable LocalDate date) {
        return new FactSheet(name, date, workStartDate, partyJoinDate, education, workHistory, cadreStatus);
    }

    /**
     * @param date the work-start date stated
     * @return a copy stating it
     */
    public FactSheet withWorkStartDate(@Nullable LocalDate date) {
        return new FactSheet(name, birthDate, date, partyJoinDate, education, workHistory, cadreStatus);
    }

    /**
     * @param date the party-join date stated
     * @return a copy stating it
     */
    public FactSheet withPartyJoinDate(@Nullable LocalDate date) {
        return new FactSheet(name, birthDate, workStartDate, date, education, workHistory, cadreStatus);
    }

    /**
     * @param newName the name stated
     * @return a copy stating it
     */
    public FactSheet withName(@Nullable String newName) {
        return new FactSheet(newName, birthDate, workStartDate, partyJoinDate, education, workHistory, cadreStatus);
    }

    /**
     * @param entries the education entries stated
     * @return a copy stating them
     */
    public FactSheet withEducation(List<EducationEntry> entries) {
        return new FactSheet(name, birthDate, workStartDate, partyJoinDate, entries, workHistory, cadreStatus);
    }

    /**
     * @param entries the work-history entries stated
     * @return a copy stating them
     */
    public FactSheet withWorkHistory(List<WorkHistoryEntry> entries) {
        return new FactSheet(name, birthDate, workStartDate, partyJoinDate, education, entries, cadreStatus);
    }

    /**
     * @param status the cadre status stated
     * @return a copy stating it
     */
    public FactSheet withCadreStatus(@Nullable String status) {
        return new FactSheet(name, birthDate, workStartDate, partyJoinDate, education, workHistory, status);
    }
}
