package ru.navyk.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** Formats values for pages ({@code #{formats.dateTime(x)}}) the way Russian users write them. */
@Named
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Inject
    private Clock clock;

    /** «28.11.2026 13:49» in the server's time zone; empty for no value. */
    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(clock.getZone()));
    }

    /** «28.11.2026»; empty for no value. */
    public String date(java.time.LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
