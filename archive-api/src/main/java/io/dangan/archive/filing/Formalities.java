package io.dangan.archive.filing;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The formalities (手续) a received material shows, as recorded at registration: seals, signatures and,
 * for a copy, the copy date and the copying unit's seal. The review check {@link ReviewCheck#FORMALITIES}
 * reads them.
 *
 * @param original true for an original (原件), false for a copy (复印件)
 * @param sealed true when the forming unit's seal is present
 * @param signed true when the required signatures are present
 * @param copyDate for a copy, the date it was copied, else {@code null}
 * @param copyingUnit for a copy, the unit whose seal the copy carries, else {@code null}
 */
public record Formalities(boolean original, boolean sealed, boolean signed, @Nullable LocalDate copyDate,
        @Nullable String copyingUnit) {
    public Formalities {
        if (copyingUnit != null) {
            copyingUnit = copyingUnit.strip();
            if (copyingUnit.isEmpty()) {
                copyingUnit = null;
            }
        }
    }

    /** @return an original with seal and signatures */
    public static Formalities completeOriginal() {
        return new Formalities(true, true, true, null, null);
    }

    /**
     * @param copyDate the copy date
     * @param copyingUnit the unit that copied and sealed it
     * @return a sealed, signed copy
     */
    public static Formalities certifiedCopy(LocalDate copyDate, String copyingUnit) {
        return new Formalities(false, true, true, copyDate, copyingUnit);
    }
}
