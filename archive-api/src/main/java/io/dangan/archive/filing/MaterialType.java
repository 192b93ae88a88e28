package io.dangan.archive.filing;

import io.dangan.archive.model.MaterialCategory;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A named material type (材料种类) of a filing standard, bound to the category it is filed under,
 * e.g. {@code RESUME} 履历表 in class 1, {@code PARTY_APPLICATION} 入党志愿书 in class 6.
 *
 * <p>Construction throws {@link io.dangan.archive.InvalidInputException} when the code or name does not validate.
 *
 * @param code the stable code: upper-case letters, digits and underscores, starting with a letter
 * @param name the Chinese name, 1-64 characters
 * @param category the category the type is filed under
 * @param authorities the special-audit facts this type decides; often empty
 */
public record MaterialType(String code, String name, MaterialCategory category, Set<FactAuthority> authorities) {
    public MaterialType {
        code = Texts.typeCode(code, "materialType/code");
        name = Texts.require(name, "materialType " + code + "/name", 64);
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(authorities, "authorities");
        authorities = authorities.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(authorities));
    }

    /**
     * @param authority a fact
     * @return true when this type decides that fact
     */
    public boolean decides(FactAuthority authority) {
        return authorities.contains(authority);
    }
}
