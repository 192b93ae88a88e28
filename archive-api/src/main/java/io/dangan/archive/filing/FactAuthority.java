package io.dangan.archive.filing;

/**
 * A fact of the special audit (专审) for which a material type is the deciding source (认定依据).
 */
public enum FactAuthority {
    /** Corrects the birth date, overriding the earliest record (出生日期更正/认定材料). */
    BIRTH_DATE_CORRECTION,
    /** Decides the party-join date (入党志愿书 approval). */
    PARTY_JOIN,
    /** Decides the work-start date (转正定级表). */
    WORK_START,
    /** Decides education (学历学位 school records). */
    EDUCATION
}
