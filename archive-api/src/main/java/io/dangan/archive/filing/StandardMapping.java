package io.dangan.archive.filing;

import io.dangan.archive.ErrorCode;
import io.dangan.archive.InvalidInputException;
import io.dangan.archive.model.MaterialCategory;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A mapping table (对照表) from one standard's category scheme to another's.
 *
 * <p>Construction throws {@link InvalidInputException} with code {@code STANDARD_INVALID} when an old code
 * appears twice.
 *
 * @param from the old standard's id
 * @param to the new standard's id
 * @param entries one row per old code
 */
public record StandardMapping(String from, String to, List<MappingEntry> entries) {
    public StandardMapping {
        from = Texts.standardId(from, "mapping/from");
        to = Texts.standardId(to, "mapping/to");
        entries = List.copyOf(entries);
        Set<MaterialCategory> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            if (!seen.add(entries.get(i).from())) {
                throw new InvalidInputException(ErrorCode.STANDARD_INVALID, "/entries/" + i + "/from",
                        "mapping %s to %s lists old code %s twice".formatted(from, to, entries.get(i).from()));
            }
        }
    }

    /**
     * @param old an old code
     * @return its row, or empty when the table does not list it
     */
    public Optional<MappingEntry> entry(MaterialCategory old) {
        for (MappingEntry e : entries) {
            if (e.from().equals(old)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
