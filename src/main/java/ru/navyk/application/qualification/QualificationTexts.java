package ru.navyk.application.qualification;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import ru.navyk.domain.qualification.Eligibility;
import ru.navyk.domain.qualification.Eligibility.Gap;
import ru.navyk.domain.qualification.QualificationRequirement.EducationAlternative;

/**
 * Phrases what eligibility misses in the reader's language («не хватает 2 месяцев опыта на уровне не ниже 4»), for
 * pages, the API and the exports alike. Education alternatives are phrased from the bundle's names of education
 * levels and training kinds.
 */
public final class QualificationTexts {

    public static final String BUNDLE = "ru.navyk.i18n.messages";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final ResourceBundle bundle;
    private final Locale locale;

    private QualificationTexts(Locale locale) {
        this.locale = locale;
        // No fallback to the JVM's default locale: Russian is the base bundle, whatever the server's locale.
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static QualificationTexts of(Locale locale) {
        return new QualificationTexts("en".equals(locale.getLanguage()) ? Locale.ENGLISH
                : Locale.forLanguageTag("ru"));
    }

    /** Every missing requirement of an eligibility, one phrase each. */
    public List<String> gaps(Eligibility eligibility) {
        return eligibility.gaps().stream().map(this::gap).toList();
    }

    public String gap(Gap gap) {
        Object[] arguments = gap.arguments().stream().map(this::argument).toArray();
        return text(gap.key(), arguments);
    }

    public String text(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    private Object argument(Object value) {
        if (value instanceof LocalDate date) {
            return DATE.format(date);
        }
        if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof EducationAlternative) {
            return list.stream().map(a -> alternative((EducationAlternative) a))
                    .collect(Collectors.joining(text("eligibility.or")));
        }
        return value;
    }

    private String alternative(EducationAlternative alternative) {
        String level = text("eligibility.atLeast", text("EducationLevel." + alternative.minLevel().name()));
        if (alternative.training().isEmpty()) {
            return level;
        }
        return level + " + " + alternative.training().stream().map(kind -> text("TrainingKind." + kind.name()))
                .collect(Collectors.joining(" + "));
    }
}
