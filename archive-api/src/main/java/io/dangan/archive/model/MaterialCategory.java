package io.dangan.archive.model;

import io.dangan.archive.ErrorCode;
import io.dangan.archive.InvalidInputException;
import java.util.Objects;

/**
 * A material category code (材料类别号): one of the ten classes (类) and an optional sub-class (小类),
 * written {@code 4} or {@code 4-1}. Whether a sub-class exists is a question for the filing standard in
 * force (the 2018 scheme knows 4-1..4-4 and 9-1..9-4); this value checks the syntax and the class range.
 *
 * <p>Construction throws {@link InvalidInputException} with code {@code CATEGORY_UNKNOWN}.
 *
 * @param classNumber the class, 1 to 10
 * @param subClass the sub-class, 1 to 99, or 0 when the class has none
 */
public record MaterialCategory(int classNumber, int subClass) implements Comparable<MaterialCategory> {
    public MaterialCategory {
        if (classNumber < 1 || classNumber > 10) {
            throw new InvalidInputException(ErrorCode.CATEGORY_UNKNOWN, "category",
                    "category class %d is outside 1-10".formatted(classNumber));
        }
        if (subClass < 0 || subClass > 99) {
            throw new InvalidInputException(ErrorCode.CATEGORY_UNKNOWN, "category",
                    "category %d-%d: sub-class is outside 1-99".formatted(classNumber, subClass));
        }
    }

    /**
     * Parses {@code "4"} or {@code "4-1"}.
     *
     * @param code the code
     * @return the category
     * @throws InvalidInputException with code {@code CATEGORY_UNKNOWN} naming the offending character
     */
    public static MaterialCategory of(String code) {
        Objects.requireNonNull(code, "code");
        String s = code.strip();
        int dash = s.indexOf('-');
        String cls = dash < 0 ? s : s.substring(0, dash);
        String sub = dash < 0 ? "" : s.substring(dash + 1);
        if (!digits(cls, 2) || (dash >= 0 && !digits(sub, 2))) {
            throw new InvalidInputException(ErrorCode.CATEGORY_UNKNOWN, "category",
                    "category code '%s' is malformed, expected N or N-M with N in 1-10 (e.g. 4-1)".formatted(code));
        }
        int subClass = dash < 0 ? 0 : Integer.parseInt(sub);
        if (dash >= 0 && subClass == 0) {
            throw new InvalidInputException(ErrorCode.CATEGORY_UNKNOWN, "category",
                    "category code '%s': sub-class 0 is not allowed, write the class alone".formatted(code));
        }
        return new MaterialCategory(Integer.parseInt(cls), subClass);
    }

    /**
     * A class without sub-class.
     *
     * @param classNumber 1 to 10
     * @return the category
     */
    public static MaterialCategory ofClass(int classNumber) {
        return new MaterialCategory(classNumber, 0);
    }

    /** @return the code as written, {@code 4} or {@code 4-1} */
    public String code() {
        return subClass == 0 ? Integer.toString(classNumber) : classNumber + "-" + subClass;
    }

    /** @return true when this category names a sub-class */
    public boolean hasSubClass() {
        return subClass != 0;
    }

    @Override
    public int compareTo(MaterialCategory o) {
        int c = Integer.compare(classNumber, o.classNumber);
        return c != 0 ? c : Integer.compare(subClass, o.subClass);
    }

    @Override
    public String toString() {
        return code();
    }

    private static boolean digits(String s, int max) {
        if (s.isEmpty() || s.length() > max) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return !(s.length() > 1 && s.charAt(0) == '0');
    }
}
