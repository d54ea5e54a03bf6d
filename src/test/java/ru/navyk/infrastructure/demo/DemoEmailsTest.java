package ru.navyk.infrastructure.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DemoEmailsTest {

    @Test
    void initialDotSurnameAtTheDemoDomain() {
        assertEquals("a.smirnova@demo.navyk.ru", DemoEmails.address("Анна", "Смирнова"));
    }

    @Test
    void multiLetterSoundsAndSignsFollowThePracticalScheme() {
        assertEquals("shchukin", DemoEmails.latin("Щукин"));
        assertEquals("zhukova", DemoEmails.latin("Жукова"));
        assertEquals("kharitonov", DemoEmails.latin("Харитонов"));
        assertEquals("tsvetkova", DemoEmails.latin("Цветкова"));
        assertEquals("chernov", DemoEmails.latin("Чернов"));
        assertEquals("grigoreva", DemoEmails.latin("Григорьева"));
        assertEquals("podezdov", DemoEmails.latin("Подъездов"));
        assertEquals("yu.nikitina", DemoEmails.localPart("Юлия", "Никитина"));
        assertEquals("ya.zaytseva", DemoEmails.localPart("Яна", "Зайцева"));
    }

    @Test
    void yoIsWrittenAsE() {
        assertEquals("solovev", DemoEmails.latin("Соловьёв"));
        assertEquals("m.fedorov", DemoEmails.localPart("Максим", "Фёдоров"));
    }

    @Test
    void refusesWhatItCannotSpell() {
        assertThrows(IllegalArgumentException.class, () -> DemoEmails.latin("Smith"));
    }
}
