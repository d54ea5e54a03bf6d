package ru.navyk.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Locale;
import ru.navyk.application.assessment.EvidenceService.EvidenceView;
import ru.navyk.application.qualification.QualificationTexts;
import ru.navyk.domain.assessment.EvidenceSource;

/**
 * Words a rating's rater and note for pages ({@code #{evidenceTexts.rater(e)}}, {@code #{evidenceTexts.note(e)}}) in
 * the page's language. Evidence stores facts, not phrases: a test's rater is only the title of what was tested, which
 * reads «Тест курса «X»» / "Course test “X”" (bundle key {@code EvidenceSource.<source>.rater}); a course test's score
 * and attempt read «Результат 85 %, попытка 2» / "Score 85 %, attempt 2" ({@code EvidenceSource.COURSE_TEST.result}).
 * Every other rater is a person's name and every note the rater's own words, shown as stored.
 */
@Named
@ApplicationScoped
public class EvidenceTexts {

    /** Who rated, as the page shows it. */
    public String rater(EvidenceView evidence) {
        return rater(evidence, pageLocale());
    }

    /** The rating's note as the page shows it: a course test's result, then the rater's own words if any. */
    public String note(EvidenceView evidence) {
        return note(evidence, pageLocale());
    }

    /** Whether the rater's wording already names the source («Тест курса «X»»), so a page need not repeat it. */
    public static boolean namesSource(EvidenceSource source) {
        return source == EvidenceSource.COURSE_TEST || source == EvidenceSource.KNOWLEDGE_QUIZ;
    }

    static String rater(EvidenceView evidence, Locale locale) {
        if (namesSource(evidence.source())) {
            return text(locale, "EvidenceSource." + evidence.source().name() + ".rater", evidence.raterName());
        }
        return evidence.raterName();
    }

    static String note(EvidenceView evidence, Locale locale) {
        if (evidence.testScore() == null || evidence.testAttempt() == null) {
            return evidence.note();
        }
        String result = text(locale, "EvidenceSource.COURSE_TEST.result", evidence.testScore(),
                evidence.testAttempt());
        return evidence.note() == null ? result : result + "; " + evidence.note();
    }

    private static String text(Locale locale, String key, Object... arguments) {
        return QualificationTexts.of(locale).text(key, arguments);
    }

    /** The locale every {@code msg[...]} of the page speaks in. */
    private static Locale pageLocale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
