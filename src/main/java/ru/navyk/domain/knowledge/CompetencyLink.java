package ru.navyk.domain.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import ru.navyk.domain.competency.CompetencyCodes;

/**
 * A labor function ({@code A/01.3}) or one of its items ({@code A/01.3/KN06}) an article supports. Links keep the
 * standard's codes rather than ids of one model version, so an article stays linked when a new edition of the model
 * is imported; the labor function is kept beside the code so that filtering by function is one indexed comparison.
 */
@Embeddable
public class CompetencyLink {

    @Column(name = "code", nullable = false, length = 30)
    private String code;

    @Column(name = "labor_function_code", nullable = false, length = 10)
    private String laborFunctionCode;

    protected CompetencyLink() {
    }

    private CompetencyLink(String code, String laborFunctionCode) {
        this.code = code;
        this.laborFunctionCode = laborFunctionCode;
    }

    /** The link for a labor-function or item code; refuses anything else. */
    public static CompetencyLink of(String code) {
        String value = code == null ? "" : code.strip();
        if (CompetencyCodes.LABOR_FUNCTION.matcher(value).matches()) {
            return new CompetencyLink(value, value);
        }
        var item = CompetencyCodes.ITEM.matcher(value);
        if (item.matches()) {
            return new CompetencyLink(value, item.group(1));
        }
        throw new IllegalArgumentException("not a labor function or item code: " + code);
    }

    public static boolean isValid(String code) {
        String value = code == null ? "" : code.strip();
        return CompetencyCodes.LABOR_FUNCTION.matcher(value).matches() || CompetencyCodes.ITEM.matcher(value).matches();
    }

    public String getCode() {
        return code;
    }

    public String getLaborFunctionCode() {
        return laborFunctionCode;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CompetencyLink link && link.code.equals(code);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
