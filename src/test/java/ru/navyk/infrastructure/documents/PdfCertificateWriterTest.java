package ru.navyk.infrastructure.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import ru.navyk.application.training.CertificateWriter.Certificate;

class PdfCertificateWriterTest {

    @Test
    void theCertificateIsAPdfWhoseRussianTextReadsBack() throws IOException {
        byte[] pdf = new PdfCertificateWriter().write(new Certificate("42-1", "Кузнецов Алексей Викторович",
                "Работа с жалобами и претензиями", 2, LocalDate.of(2026, 3, 5), 85, 6,
                List.of("A/04.3/LA01 — Обработка поступивших жалоб и претензий клиентов"), Locale.forLanguageTag("ru")));

        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        PdfReader reader = new PdfReader(pdf);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        reader.close();
        assertTrue(text.contains("СЕРТИФИКАТ"), text);
        assertTrue(text.contains("Кузнецов Алексей Викторович"), text);
        assertTrue(text.contains("Работа с жалобами и претензиями"), text);
        assertTrue(text.contains("05.03.2026"), text);
        assertTrue(text.contains("85 %"), text);
        assertTrue(text.contains("A/04.3/LA01"), text);
        assertTrue(text.contains("объём 6 ч"), text);
    }

    @Test
    void anEnglishCertificateIsWordedInEnglishWithTheNamesAsStored() throws IOException {
        byte[] pdf = new PdfCertificateWriter().write(new Certificate("42-1", "Кузнецов Алексей Викторович",
                "Работа с жалобами и претензиями", 2, LocalDate.of(2026, 3, 5), 85, null, List.of(),
                Locale.ENGLISH));

        PdfReader reader = new PdfReader(pdf);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        reader.close();
        assertTrue(text.contains("CERTIFICATE"), text);
        assertTrue(text.contains("This is to certify that"), text);
        assertTrue(text.contains("Кузнецов Алексей Викторович"), text);
        assertTrue(text.contains("final test passed on 05.03.2026 with a score of 85 %"), text);
        assertTrue(!text.contains("СЕРТИФИКАТ") && !text.contains("hours"), text);
    }
}
