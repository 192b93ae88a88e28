package io.dangan.archive.core.internal.persistence;

import io.dangan.archive.model.CitizenId;
import io.dangan.archive.model.EducationLevel;
import io.dangan.archive.model.Gender;
import io.dangan.archive.model.PostLevel;
import io.dangan.archive.model.Subject;
import io.dangan.archive.model.SubjectId;
import io.dangan.archive.model.TitleLevel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Table {@code dangan_subject}: one row per {@link Subject}; enums are stored by name. */
@Entity(name = "DanganSubject")
@Table(name = "dangan_subject",
        uniqueConstraints = @UniqueConstraint(name = "uk_dangan_subject_citizen_id", columnNames = "citizen_id"))
public class SubjectEntity {
    @Id
    @Column(name = "id", length = 64, nullable = false)
    private String id = "";

    @Column(name = "citizen_id", length = 18, nullable = false)
    private String citizenId = "";

    @Column(name = "name", length = 128, nullable = false)
    private String name = "";

    @Column(name = "gender", length = 16, nullable = false)
    private String gender = "";

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate = LocalDate.EPOCH;

    @Column(name = "ethnicity", length = 64, nullable = false)
    private String ethnicity = "";

    @Column(name = "work_start_date")
    private @Nullable LocalDate workStartDate;

    @Column(name = "party_join_date")
    private @Nullable LocalDate partyJoinDate;

    @Column(name = "education", length = 32, nullable = false)
    private String education = "";

    @Column(name = "title_level", length = 32, nullable = false)
    private String titleLevel = "";

    @Column(name = "post_level", length = 32, nullable = false)
    private String postLevel = "";

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** For the persistence provider. */
    protected SubjectEntity() {
    }

    static SubjectEntity of(Subject subject) {
        SubjectEntity e = new SubjectEntity();
        e.id = subject.id().value();
        e.copyFrom(subject);
        e.version = subject.version();
        return e;
    }

    /** Copies every field but id and version. */
    void copyFrom(Subject s) {
        citizenId = s.citizenId().value();
        name = s.name();
        gender = s.gender().name();
        birthDate = s.birthDate();
        ethnicity = s.ethnicity();
        workStartDate = s.workStartDate();
        partyJoinDate = s.partyJoinDate();
        education = s.education().name();
        titleLevel = s.titleLevel().name();
        postLevel = s.postLevel().name();
    }

    long version() {
        return version;
    }

    Subject toValue() {
        return new Subject(new SubjectId(id), new CitizenId(citizenId), name, Enums.of(Gender.class, gender, id),
                birthDate, ethnicity, workStartDate, partyJoinDate, Enums.of(EducationLevel.class, education, id),
                Enums.of(TitleLevel.class, titleLevel, id), Enums.of(PostLevel.class, postLevel, id), version);
    }
}
