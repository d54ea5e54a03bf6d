package ru.navyk.infrastructure.documents;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import ru.navyk.application.qualification.QualificationTexts;
import ru.navyk.application.training.CertificateWriter;

/**
 * The completion certificate as an A4 landscape PDF (OpenPDF), worded from the bundle in the certificate's language.
 * The text is Russian or English, names Cyrillic either way, so the font is embedded: Liberation
 * Sans (SIL Open Font License), which OpenPDF itself ships inside its jar; nothing is read from the machine's fonts,
 * so the certificate looks the same on every server.
 */
@ApplicationScoped
public class PdfCertificateWriter implements CertificateWriter {

    private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private volatile BaseFont baseFont;

    @Override
    public byte[] write(Certificate certificate) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 60, 60, 50, 50);
        try {
            QualificationTexts texts = QualificationTexts.of(certificate.locale());
            String number = certificate.number();
            PdfWriter.getInstance(document, out);
            document.addTitle(texts.text("certificate.title", number));
            document.addCreator(texts.text("certificate.creator"));
            document.open();
            BaseFont font = font();
            document.add(centered(texts.text("certificate.heading"), new Font(font, 34, Font.BOLD), 10));
            document.add(centered(texts.text("certificate.number", number), new Font(font, 14), 30));
            document.add(centered(texts.text("certificate.certifies"), new Font(font, 14), 10));
            document.add(centered(certificate.personName(), new Font(font, 24, Font.BOLD), 14));
            document.add(centered(texts.text("certificate.completed"), new Font(font, 14), 10));
            document.add(centered("«" + certificate.courseTitle() + "»", new Font(font, 20, Font.BOLD), 10));
            String result = texts.text("certificate.result", String.valueOf(certificate.courseVersion()),
                    DATE.format(certificate.passedOn()), String.valueOf(certificate.score()));
            if (certificate.hours() != null) {
                result += texts.text("certificate.hours", String.valueOf(certificate.hours()));
            }
            document.add(centered(result, new Font(font, 13), 18));
            if (!certificate.items().isEmpty()) {
                document.add(centered(texts.text("certificate.items"), new Font(font, 11), 4));
                for (String item : certificate.items()) {
                    document.add(centered(item, new Font(font, 10), 2));
                }
            }
            document.add(centered(texts.text("certificate.issuer"), new Font(font, 12), 0));
        } catch (DocumentException e) {
            throw new IllegalStateException("the certificate could not be written", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static Paragraph centered(String text, Font font, float spacingAfter) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingAfter(spacingAfter);
        return paragraph;
    }

    private BaseFont font() {
        if (baseFont == null) {
            try (InputStream in = BaseFont.class.getClassLoader().getResourceAsStream(FONT)) {
                if (in == null) {
                    throw new IllegalStateException(FONT + " is missing from OpenPDF");
                }
                baseFont = BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H,
                        BaseFont.EMBEDDED, true, in.readAllBytes(), null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return baseFont;
    }
}
