package ru.navyk.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ApiErrorsTest {

    @Test
    void russianUnlessTheCallerPrefersALanguageNavykSpeaks() {
        assertEquals("ru", ApiErrors.locale(List.of()).getLanguage());
        assertEquals("ru", ApiErrors.locale(List.of(Locale.forLanguageTag("*"))).getLanguage());
        assertEquals("ru", ApiErrors.locale(List.of(Locale.GERMAN, Locale.FRENCH)).getLanguage());
        assertEquals("en", ApiErrors.locale(List.of(Locale.forLanguageTag("en-GB"), Locale.forLanguageTag("ru")))
                .getLanguage());
        assertEquals("en", ApiErrors.locale(List.of(Locale.GERMAN, Locale.ENGLISH)).getLanguage());
        assertEquals("ru", ApiErrors.locale(List.of(Locale.forLanguageTag("ru-RU"), Locale.ENGLISH)).getLanguage());
    }

    @Test
    void textsComeFromTheBundleWithTheirArguments() {
        assertEquals("Не длиннее 100 символов.", ApiErrors.text(Locale.forLanguageTag("ru"), "rule.tooLong", 100));
        assertEquals("At most 100 characters.", ApiErrors.text(Locale.ENGLISH, "rule.tooLong", 100));
        assertEquals("Это не похоже на адрес электронной почты.",
                ApiErrors.text(Locale.forLanguageTag("ru"), "rule.email.invalid"));
        assertEquals("no.such.key", ApiErrors.text(Locale.ENGLISH, "no.such.key"));
    }

    @Test
    void russianEvenWhenTheServerSpeaksEnglish() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.US);
        try {
            assertEquals("Запись не найдена.", ApiErrors.text(Locale.forLanguageTag("ru"), "api.notFound"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void anErrorBodyCarriesFieldCodeAndMessageInTheCallersLanguage() {
        assertEquals(new ApiError("email", "rule.email.invalid", "Это не похоже на адрес электронной почты."),
                ApiErrors.body(List.of(), "email", "rule.email.invalid"));
        assertEquals(new ApiError("email", "rule.email.invalid", "This does not look like an e-mail address."),
                ApiErrors.body(List.of(Locale.ENGLISH), "email", "rule.email.invalid"));
    }

    @Test
    void anOptimisticLockAtCommitIsAConflictAndNothingElseIs() {
        RollbackException rollback = new RollbackException("commit failed");
        rollback.initCause(new jakarta.persistence.OptimisticLockException("row changed"));
        assertTrue(UnexpectedErrorMapper.lostCommitRace(new TransactionalException("tx", rollback)));

        assertFalse(UnexpectedErrorMapper.lostCommitRace(new TransactionalException("tx",
                new RollbackException("constraint violated"))));
        assertFalse(UnexpectedErrorMapper.lostCommitRace(new IllegalStateException()));
    }
}
