package ru.navyk.application.qualification;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import ru.navyk.application.qualification.QualificationViews.FunctionCount;
import ru.navyk.application.qualification.QualificationViews.OrganisationOverview;
import ru.navyk.application.qualification.QualificationViews.OverdueRow;
import ru.navyk.application.qualification.QualificationViews.PipelineRow;

/**
 * The organisation view as an Excel workbook (three sheets: levels by function, readiness pipeline, overdue
 * upskilling) or a PDF with the same three tables. The PDF embeds Liberation Sans (SIL Open Font License), which the
 * OpenPDF jar in the WAR carries, so Cyrillic renders on any server without reading the machine's fonts.
 */
public final class OrganisationExport {

    private static final String FONT = "/font-fallback/LiberationSans-Regular.ttf";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final QualificationTexts texts;

    public OrganisationExport(Locale locale) {
        this.texts = QualificationTexts.of(locale);
    }

    /** The three tables, each a header row then data rows, as the export shows them. */
    List<List<List<String>>> tables(OrganisationOverview overview) {
        List<List<String>> functions = new ArrayList<>();
        functions.add(List.of(t("organisation.function"), t("organisation.level"), t("organisation.functionName"),
                t("organisation.holders"), t("organisation.ready")));
        for (FunctionCount f : overview.functions()) {
            functions.add(List.of(f.functionCode(), String.valueOf(f.level()), f.functionName(),
                    String.valueOf(f.holders()), String.valueOf(f.readyNotHolding())));
        }
        List<List<String>> pipeline = new ArrayList<>();
        pipeline.add(List.of(t("organisation.person"), t("organisation.team"), t("organisation.position"),
                t("organisation.highestHeld"), t("organisation.nextLevel"), t("organisation.functions")));
        for (PipelineRow p : overview.pipeline()) {
            pipeline.add(List.of(p.fullName(), nz(p.teamName()), nz(p.position()),
                    p.highestHeld() == null ? "—" : String.valueOf(p.highestHeld()), String.valueOf(p.nextLevel()),
                    String.join(", ", p.functions())));
        }
        List<List<String>> overdue = new ArrayList<>();
        overdue.add(List.of(t("organisation.person"), t("organisation.team"), t("organisation.position"),
                t("organisation.lastUpskilled"), t("organisation.dueOn"), t("organisation.daysOverdue")));
        for (OverdueRow o : overview.overdue()) {
            overdue.add(List.of(o.fullName(), nz(o.teamName()), nz(o.position()),
                    o.lastUpskilledOn() == null ? "—" : DATE.format(o.lastUpskilledOn()), DATE.format(o.dueOn()),
                    String.valueOf(o.daysOverdue())));
        }
        return List.of(functions, pipeline, overdue);
    }

    private List<String> titles() {
        return List.of(t("organisation.functions.heading"), t("organisation.pipeline.heading"),
                t("organisation.overdue.heading"));
    }

    public void excel(OrganisationOverview overview, OutputStream out) throws IOException {
        List<List<List<String>>> tables = tables(overview);
        List<String> titles = titles();
        Workbook workbook = new Workbook(out, "Navyk", "1.0");
        for (int i = 0; i < tables.size(); i++) {
            // Sheet names may not exceed 31 characters.
            String name = titles.get(i).length() > 31 ? titles.get(i).substring(0, 31) : titles.get(i);
            Worksheet sheet = workbook.newWorksheet(name);
            List<List<String>> rows = tables.get(i);
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    String value = rows.get(r).get(c);
                    if (r > 0 && value.matches("\\d{1,9}")) {
                        sheet.value(r, c, Integer.parseInt(value));
                    } else {
                        sheet.value(r, c, value);
                    }
                }
            }
            sheet.style(0, 0).bold().set();
            sheet.range(0, 0, 0, rows.get(0).size() - 1).style().bold().set();
        }
        workbook.finish();
    }

    public byte[] pdf(OrganisationOverview overview) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        try {
            PdfWriter.getInstance(document, bytes);
            BaseFont base = font();
            Font regular = new Font(base, 9);
            Font bold = new Font(base, 9, Font.BOLD);
            Font heading = new Font(base, 13, Font.BOLD);
            document.open();
            document.add(new Paragraph(t("organisation.title") + " — " + DATE.format(overview.asOf()),
                    new Font(base, 16, Font.BOLD)));
            document.add(new Paragraph(texts.text("organisation.people", overview.people()), regular));
            List<List<List<String>>> tables = tables(overview);
            List<String> titles = titles();
            for (int i = 0; i < tables.size(); i++) {
                Paragraph title = new Paragraph(titles.get(i), heading);
                title.setSpacingBefore(12);
                title.setSpacingAfter(6);
                document.add(title);
                List<List<String>> rows = tables.get(i);
                PdfPTable table = new PdfPTable(rows.get(0).size());
                table.setWidthPercentage(100);
                table.setHeaderRows(1);
                for (int r = 0; r < rows.size(); r++) {
                    for (String value : rows.get(r)) {
                        table.addCell(new PdfPCell(new Phrase(value, r == 0 ? bold : regular)));
                    }
                }
                document.add(table);
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("the organisation PDF could not be written", e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
        return bytes.toByteArray();
    }

    private static BaseFont font() {
        try (InputStream in = Document.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("OpenPDF's bundled font " + FONT + " is missing");
            }
            return BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                    in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String t(String key) {
        return texts.text(key);
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
