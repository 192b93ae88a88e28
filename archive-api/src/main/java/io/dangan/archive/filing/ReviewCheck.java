package io.dangan.archive.filing;

/**
 * The seven acceptance-review checks (审核要求) a material must pass before it is filed.
 * Some are decided by the engine from the data (subject, category, type, dates, formalities); the
 * others need the reviewer's eye and are recorded from the reviewer's objections.
 */
public enum ReviewCheck {
    /** 办理完毕: the matter the material records is finished (reviewer). */
    FINISHED("办理完毕"),
    /** 对象明确: the material is about this subject (engine: the name it states matches the record). */
    SUBJECT_CLEAR("对象明确"),
    /** 齐全完整: nothing missing (engine: content files present for every page set; reviewer). */
    COMPLETE("齐全完整"),
    /** 文字清楚: legible (reviewer). */
    LEGIBLE("文字清楚"),
    /** 内容真实: true (engine: dates it states agree with the dossier record; reviewer). */
    TRUE("内容真实"),
    /** 填写规范: properly filled (engine: type known and filed under its category). */
    PROPERLY_FILLED("填写规范"),
    /** 手续完备: formalities complete (engine: seal, signatures; a copy carries copy date and copying unit). */
    FORMALITIES("手续完备");

    private final String label;

    ReviewCheck(String label) {
        this.label = label;
    }

    /** @return the Chinese name of the check */
    public String label() {
        return label;
    }
}
