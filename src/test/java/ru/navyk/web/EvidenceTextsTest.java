package ru.navyk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import ru.navyk.application.assessment.EvidenceService.EvidenceView;
import ru.navyk.domain.assessment.EvidenceSource;
import ru.navyk.domain.assessment.Proficiency;

/** Tests store the title of what was tested and their numbers; pages word them in the reader's language. */
class EvidenceTextsTest {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final Locale EN = Locale.ENGLISH;

    @Test
    void aCourseTestIsWordedInRussianAndInEnglish() {
        EvidenceView pass = rating(EvidenceSource.COURSE_TEST, "Работа с жалобами и претензиями", null, 85, 2);

        assertEquals("Тест курса «Работа с жалобами и претензиями»", EvidenceTexts.rater(pass, RU));
        assertEquals("Результат 85 %, попытка 2", EvidenceTexts.note(pass, RU));
        assertEquals("Course test “Работа с жалобами и претензиями”", EvidenceTexts.rater(pass, EN));
        assertEquals("Score 85 %, attempt 2", EvidenceTexts.note(pass, EN));
    }

    @Test
    void aQuizIsWordedInRussianAndInEnglishAndItsScoreShownAsStored() {
        EvidenceView pass = rating(EvidenceSource.KNOWLEDGE_QUIZ, "Приветствие и идентификация клиента", "2/2", null,
                null);

        assertEquals("Тест по изменению «Приветствие и идентификация клиента»", EvidenceTexts.rater(pass, RU));
        assertEquals("Quiz on the change “Приветствие и идентификация клиента”", EvidenceTexts.rater(pass, EN));
        assertEquals("2/2", EvidenceTexts.note(pass, RU));
        assertEquals("2/2", EvidenceTexts.note(pass, EN));
    }

    @Test
    void aPersonsRatingIsShownAsStoredInEitherLanguage() {
        for (EvidenceSource source : EvidenceSource.values()) {
            if (source == EvidenceSource.COURSE_TEST || source == EvidenceSource.KNOWLEDGE_QUIZ) {
                assertTrue(EvidenceTexts.namesSource(source), source.name());
                continue;
            }
            assertFalse(EvidenceTexts.namesSource(source), source.name());
            EvidenceView rating = rating(source, "Морозов Игорь Сергеевич", "Уверенно ведёт сложные звонки", null,
                    null);
            for (Locale locale : new Locale[] {RU, EN}) {
                assertEquals("Морозов Игорь Сергеевич", EvidenceTexts.rater(rating, locale), source.name());
                assertEquals("Уверенно ведёт сложные звонки", EvidenceTexts.note(rating, locale), source.name());
            }
        }
        assertNull(EvidenceTexts.note(rating(EvidenceSource.MENTOR_LOG, "Павлова Наталья Андреевна", null, null,
                null), EN));
    }

    @Test
    void aStoredNoteIsShownAsItIsOrAfterATestsResult() {
        EvidenceView old = rating(EvidenceSource.COURSE_TEST, "Оценка контактов", "Результат 71 %, попытка 1", null,
                null);
        EvidenceView both = rating(EvidenceSource.COURSE_TEST, "Оценка контактов", "пересдача по приказу", 90, 3);

        assertEquals("Результат 71 %, попытка 1", EvidenceTexts.note(old, EN));
        assertEquals("Score 90 %, attempt 3; пересдача по приказу", EvidenceTexts.note(both, EN));
    }

    @Test
    void anyOtherLanguageReadsRussianTheDefault() {
        EvidenceView pass = rating(EvidenceSource.COURSE_TEST, "Оценка контактов", null, 100, 1);

        assertEquals("Тест курса «Оценка контактов»", EvidenceTexts.rater(pass, Locale.GERMAN));
        assertEquals("Результат 100 %, попытка 1", EvidenceTexts.note(pass, Locale.GERMAN));
    }

    private static EvidenceView rating(EvidenceSource source, String rater, String note, Integer score,
                                       Integer attempt) {
        return new EvidenceView(1, "A/04.3/LA01", "Приём жалобы", "A/04.3", Proficiency.INDEPENDENT, source, 7L,
                rater, LocalDate.of(2026, 3, 1), note, score, attempt);
    }
}
