package ru.navyk.infrastructure.importing.people;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The formats of the cells that are more than free text. Every check takes a trimmed, non-empty cell. */
final class CellFormats {

    static final int MIN_LEVEL = 3;
    static final int MAX_LEVEL = 6;

    private static final int MAX_EMAIL_LENGTH = 254;
    private static final int MIN_PHONE_DIGITS = 10;
    private static final int MAX_PHONE_DIGITS = 15;
    private static final Pattern RUSSIAN_DATE = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern LEVEL = Pattern.compile("\\d{1,2}");

    private CellFormats() {
    }

    /**
     * A pragmatic check that catches what goes wrong in staff lists (a missing '@', two addresses in one cell, a
     * space) without refusing addresses that mail servers accept: one '@', something before it, a dot inside the
     * domain, no spaces, at most 254 characters.
     */
    static boolean isEmail(String cell) {
        if (cell.length() > MAX_EMAIL_LENGTH || cell.chars().anyMatch(c -> Cells.isSpace((char) c))) {
            return false;
        }
        int at = cell.indexOf('@');
        if (at <= 0 || at != cell.lastIndexOf('@')) {
            return false;
        }
        String domain = cell.substring(at + 1);
        int dot = domain.indexOf('.');
        return dot > 0 && domain.lastIndexOf('.') < domain.length() - 1;
    }

    /**
     * A phone number in any usual notation (+7 (912) 345-67-89, 8 912 3456789): digits, spaces, '+', brackets and
     * hyphens only, with 10 to 15 digits, the length of a Russian number without and an international one with its
     * country code. An extension or a second number in the same cell is refused rather than guessed apart.
     */
    static boolean isPhone(String cell) {
        int digits = 0;
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c != '+' && c != '(' && c != ')' && c != '-' && !Cells.isSpace(c)) {
                return false;
            }
        }
        return digits >= MIN_PHONE_DIGITS && digits <= MAX_PHONE_DIGITS;
    }

    /**
     * A date as a Russian Excel writes it (dd.MM.yyyy, also d.M.yyyy) or as ISO 8601 (yyyy-MM-dd). The year has four
     * digits, since «01.02.24» could be 1924 or 2024; the date must exist (no 31.02).
     */
    static Optional<LocalDate> date(String cell) {
        Matcher russian = RUSSIAN_DATE.matcher(cell);
        if (russian.matches()) {
            return date(russian.group(3), russian.group(2), russian.group(1));
        }
        Matcher iso = ISO_DATE.matcher(cell);
        if (iso.matches()) {
            return date(iso.group(1), iso.group(2), iso.group(3));
        }
        return Optional.empty();
    }

    /** The level of qualification by the professional standard: a whole number from 3 to 6. */
    static Optional<Integer> level(String cell) {
        if (!LEVEL.matcher(cell).matches()) {
            return Optional.empty();
        }
        int level = Integer.parseInt(cell);
        return level >= MIN_LEVEL && level <= MAX_LEVEL ? Optional.of(level) : Optional.empty();
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
