package ru.navyk.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Builds the API's error answers: a status and an {@link ApiError} whose message comes from the portal's bundle in
 * the language the caller prefers among those Navyk speaks, Russian by default.
 */
final class ApiErrors {

    static final String BUNDLE = "ru.navyk.i18n.messages";
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final List<String> SPOKEN = List.of("ru", "en");

    private ApiErrors() {
    }

    static Response response(Response.Status status, HttpHeaders headers, String field, String key,
                             Object... arguments) {
        return response(status.getStatusCode(), headers, field, key, arguments);
    }

    static Response response(int status, HttpHeaders headers, String field, String key, Object... arguments) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(body(headers == null ? List.of() : headers.getAcceptableLanguages(), field, key, arguments))
                .build();
    }

    static ApiError body(List<Locale> acceptable, String field, String key, Object... arguments) {
        return new ApiError(field, key, text(locale(acceptable), key, arguments));
    }

    /**
     * The first of the caller's languages ({@code Accept-Language}, most preferred first) that Navyk speaks; else
     * Russian.
     */
    static Locale locale(List<Locale> acceptable) {
        for (Locale candidate : acceptable) {
            if (SPOKEN.contains(candidate.getLanguage())) {
                return Locale.forLanguageTag(candidate.getLanguage());
            }
        }
        return RUSSIAN;
    }

    static String text(Locale locale, String key, Object... arguments) {
        // No fallback to the JVM's default locale: Russian is the base bundle, whatever the server's locale.
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
