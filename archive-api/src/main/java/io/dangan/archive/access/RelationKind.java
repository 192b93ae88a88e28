package io.dangan.archive.access;

import java.util.EnumSet;
import java.util.Set;

/**
 * A kinship relation (亲属关系) between two persons, recorded once and read in both directions
 * (a {@code PARENT} of A makes A a {@code CHILD}). Which relations trigger recusal (回避) is policy data:
 * sources say 亲属, 直系亲属 or 近亲属, so three presets are offered and any set may be configured.
 */
public enum RelationKind {
    /** Spouse (配偶). */
    SPOUSE,
    /** Parent (父母). */
    PARENT,
    /** Child (子女). */
    CHILD,
    /** Sibling (兄弟姐妹). */
    SIBLING,
    /** Grandparent, paternal or maternal (祖父母、外祖父母). */
    GRANDPARENT,
    /** Grandchild (孙子女、外孙子女). */
    GRANDCHILD,
    /** Collateral blood relative within three generations, e.g. uncle, aunt, cousin, nephew (三代以内旁系血亲). */
    COLLATERAL,
    /** Relative by marriage: spouse's parents and siblings, children's spouses (姻亲). */
    IN_LAW;

    /** @return the relation read from the other side (PARENT becomes CHILD, ...) */
    public RelationKind inverse() {
        return switch (this) {
            case PARENT -> CHILD;
            case CHILD -> PARENT;
            case GRANDPARENT -> GRANDCHILD;
            case GRANDCHILD -> GRANDPARENT;
            default -> this;
        };
    }

    /** @return 直系亲属 as this SDK reads it by default: spouse, parents, children, grandparents, grandchildren */
    public static Set<RelationKind> lineal() {
        return EnumSet.of(SPOUSE, PARENT, CHILD, GRANDPARENT, GRANDCHILD);
    }

    /** @return 近亲属 (the Civil Code's close relatives): lineal plus siblings */
    public static Set<RelationKind> close() {
        return EnumSet.of(SPOUSE, PARENT, CHILD, SIBLING, GRANDPARENT, GRANDCHILD);
    }

    /** @return 亲属: every relation kind, including collateral relatives and in-laws */
    public static Set<RelationKind> all() {
        return EnumSet.allOf(RelationKind.class);
    }
}
