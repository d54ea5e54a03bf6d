package ru.navyk.application.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import ru.navyk.domain.people.Account;
import ru.navyk.domain.people.AccountRepository;
import ru.navyk.domain.people.Person;

/** Message texts in the language the recipient chose for their account (Russian when they chose none). */
@ApplicationScoped
public class NotificationTexts {

    static final String BUNDLE = "ru.navyk.i18n.messages";

    @Inject
    private AccountRepository accounts;

    public String text(Person recipient, String key, Object... arguments) {
        String language = accounts.findByPerson(recipient.getId()).map(Account::getLanguage).orElse(null);
        Locale locale = Locale.forLanguageTag(language == null ? "ru" : language);
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}
