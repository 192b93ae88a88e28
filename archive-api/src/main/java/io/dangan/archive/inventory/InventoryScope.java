package io.dangan.archive.inventory;

import io.dangan.archive.ErrorCode;
import io.dangan.archive.InvalidInputException;
import java.util.Objects;

/**
 * What an inventory covers (盘点范围): a room, cabinet or shelf, named by a location prefix. Locations are
 * slash-separated paths such as {@code room-3/cabinet-12/shelf-2}; a location is in scope when it equals the prefix
 * or starts with it followed by {@code /}.
 *
 * <p>Construction throws {@link InvalidInputException} with {@code INVENTORY_INVALID} for a blank prefix.
 *
 * @param prefix the location prefix, e.g. {@code room-3}
 */
public record InventoryScope(String prefix) {
    public InventoryScope {
        Objects.requireNonNull(prefix, "prefix");
        if (prefix.isBlank() || prefix.endsWith("/") || prefix.startsWith("/")) {
            throw new InvalidInputException(ErrorCode.INVENTORY_INVALID, "scope",
                    "inventory scope '" + prefix + "' must be a non-blank location path without leading or trailing '/'");
        }
    }

    /**
     * @param prefix the location prefix
     * @return the scope
     */
    public static InventoryScope of(String prefix) {
        return new InventoryScope(prefix);
    }

    /**
     * @param location a location path
     * @return whether it lies in this scope
     */
    public boolean contains(String location) {
        return location.equals(prefix) || (location.startsWith(prefix) && location.length() > prefix.length()
                && location.charAt(prefix.length()) == '/');
    }
}
