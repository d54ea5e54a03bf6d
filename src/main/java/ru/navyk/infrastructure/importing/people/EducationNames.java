package ru.navyk.infrastructure.importing.people;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import ru.navyk.domain.competency.EducationLevel;

/**
 * Recognises a level of education from the words HR systems use: the names of Federal Law 273-ФЗ, art. 10
 * («высшее образование — бакалавриат»), their short forms («бакалавриат», «СПО») and older ones («среднее
 * специальное», «аспирантура»). Case, «ё», the word «образование» and the kind of dash do not matter. Plain «высшее»
 * is taken as the lowest higher level, bachelor's, so a requirement is never assumed met when it is not.
 */
final class EducationNames {

    private static final Pattern DASH = Pattern.compile("\\s*[-\u2010\u2011\u2012\u2013\u2014\u2015\u2212]\\s*");
    private static final Pattern WORD_EDUCATION = Pattern.compile("(^|\\s)образование(?=\\s|$)");

    private static final Map<String, EducationLevel> NAMES = Map.ofEntries(
            Map.entry("основное общее", EducationLevel.BASIC_GENERAL),
            Map.entry("среднее общее", EducationLevel.SECONDARY_GENERAL),
            Map.entry("среднее профессиональное", EducationLevel.SECONDARY_VOCATIONAL),
            Map.entry("спо", EducationLevel.SECONDARY_VOCATIONAL),
            Map.entry("среднее специальное", EducationLevel.SECONDARY_VOCATIONAL),
            Map.entry("высшее", EducationLevel.HIGHER_BACHELOR),
            Map.entry("бакалавриат", EducationLevel.HIGHER_BACHELOR),
            Map.entry("высшее - бакалавриат", EducationLevel.HIGHER_BACHELOR),
            Map.entry("специалитет", EducationLevel.HIGHER_SPECIALIST),
            Map.entry("высшее - специалитет", EducationLevel.HIGHER_SPECIALIST),
            Map.entry("магистратура", EducationLevel.HIGHER_MASTER),
            Map.entry("высшее - магистратура", EducationLevel.HIGHER_MASTER),
            Map.entry("подготовка кадров высшей квалификации", EducationLevel.HIGHER_POSTGRADUATE),
            Map.entry("высшее - подготовка кадров высшей квалификации", EducationLevel.HIGHER_POSTGRADUATE),
            Map.entry("аспирантура", EducationLevel.HIGHER_POSTGRADUATE));

    private EducationNames() {
    }

    static Optional<EducationLevel> recognise(String cell) {
        String name = Cells.collapseSpaces(cell).toLowerCase(Locale.ROOT).replace('ё', 'е');
        name = DASH.matcher(name).replaceAll(" - ");
        name = Cells.collapseSpaces(WORD_EDUCATION.matcher(name).replaceAll(" "));
        return Optional.ofNullable(NAMES.get(name));
    }
}
