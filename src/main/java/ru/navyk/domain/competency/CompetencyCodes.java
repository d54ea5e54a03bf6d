package ru.navyk.domain.competency;

import java.util.regex.Pattern;

/**
 * The standard's coding scheme. A generalized function is a Latin letter ({@code A}); a labor function is the letter,
 * a two-digit number and the qualification level ({@code A/01.3}); Navyk codes each item by its function, its column
 * and its 1-based position ({@code A/01.3/SK04}).
 */
public final class CompetencyCodes {

    public static final Pattern GENERALIZED_FUNCTION = Pattern.compile("[A-Z]");
    public static final Pattern LABOR_FUNCTION = Pattern.compile("([A-Z])/(\\d{2})\\.(\\d)");
    public static final Pattern ITEM = Pattern.compile("([A-Z]/\\d{2}\\.\\d)/(LA|SK|KN)(\\d{2})");

    private CompetencyCodes() {
    }

    /** The generalized function a labor-function code belongs to: {@code D} for {@code D/03.5}. */
    public static String generalizedFunctionOf(String laborFunctionCode) {
        return laborFunctionCode.substring(0, 1);
    }

    /** The qualification level written in a labor-function code: 5 for {@code D/03.5}. */
    public static int levelOf(String laborFunctionCode) {
        return Character.digit(laborFunctionCode.charAt(laborFunctionCode.length() - 1), 10);
    }

    /** The code the item at this place must carry. */
    public static String itemCode(String laborFunctionCode, ItemKind kind, int position) {
        return "%s/%s%02d".formatted(laborFunctionCode, kind.tag(), position);
    }
}
