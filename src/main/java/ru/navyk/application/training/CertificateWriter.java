package ru.navyk.application.training;

import java.time.LocalDate;
import java.util.List;

/** Produces the completion certificate of a passed course (a PDF; the format is the implementation's). */
public interface CertificateWriter {

    /**
     * What a certificate states.
     *
     * @param items «code — text» of the competency items the course develops
     */
    record Certificate(String number, String personName, String courseTitle, int courseVersion, LocalDate passedOn,
                       int score, Integer hours, List<String> items, String issuer) {
        public Certificate {
            items = List.copyOf(items);
        }
    }

    byte[] write(Certificate certificate);
}
