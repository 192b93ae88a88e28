package io.dangan.archive.filing;

import io.dangan.archive.ErrorCode;
import io.dangan.archive.InvalidInputException;
import io.dangan.archive.model.MaterialCategory;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One row of a mapping table between two category schemes (新旧分类对照): an old code and the new codes
 * it may become. A single target is a plain re-coding; several targets are ambiguous unless the
 * material's type decides ({@code byType}).
 *
 * <p>Construction throws {@link InvalidInputException} with code {@code STANDARD_INVALID} when there is no target
 * or a type names a code outside the targets.
 *
 * @param from the old code
 * @param to the candidate new codes, at least one, no duplicates
 * @param byType material type code to the target it decides, each among {@code to}
 * @param note a Chinese note for the person deciding ambiguous cases, possibly empty
 */
public record MappingEntry(MaterialCategory from, List<MaterialCategory> to, Map<String, MaterialCategory> byType,
        String note) {
    public MappingEntry {
        Objects.requireNonNull(from, "from");
        to = List.copyOf(to);
        byType = Map.copyOf(new TreeMap<>(byType));
        Objects.requireNonNull(note, "note");
        note = note.strip();
        if (to.isEmpty() || to.stream().distinct().count() != to.size()) {
            throw new InvalidInputException(ErrorCode.STANDARD_INVALID, "mapping " + from + "/to",
                    "mapping of %s has targets %s, expected one or more distinct codes".formatted(from, to));
        }
        for (Map.Entry<String, MaterialCategory> e : byType.entrySet()) {
            if (!to.contains(e.getValue())) {
                throw new InvalidInputException(ErrorCode.STANDARD_INVALID, "mapping " + from + "/byType/" + e.getKey(),
                        "mapping of %s sends type %s to %s, which is not among the targets %s".formatted(
                                from, e.getKey(), e.getValue(), to));
            }
        }
    }

    /** @return true when the old code has more than one candidate */
    public boolean ambiguous() {
        return to.size() > 1;
    }
}
