package ru.navyk.api;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/** The language an API answer's phrased texts (errors, reports, exports) are written in. */
public final class ApiLocale {

    private ApiLocale() {
    }

    /** The first of the caller's {@code Accept-Language} languages that Navyk speaks; else Russian. */
    public static Locale of(HttpHeaders headers) {
        return ApiErrors.locale(headers.getAcceptableLanguages());
    }
}
