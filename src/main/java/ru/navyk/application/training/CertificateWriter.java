package ru.navyk.application.training;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Produces the completion certificate of a passed course (a PDF; the format is the implementation's). */
public interface CertificateWriter {

    /**
     * What a certificate states, and in which language its own wording is (the names, the course and the standard's
     * items are as stored).
     *
     * @param items «code — text» of the competency items the course develops
     */
    record Certificate(String number, String personName, String courseTitle, int courseVersion, LocalDate passedOn,
                       int score, Integer hours, List<String> items, Locale locale) {
        public Certificate {
            items = List.copyOf(items);
        }
    }

    byte[] write(Certificate certificate);
}
