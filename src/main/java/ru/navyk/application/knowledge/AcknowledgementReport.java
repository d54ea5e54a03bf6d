package ru.navyk.application.knowledge;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import ru.navyk.application.knowledge.KnowledgeViews.ObligationRow;
import ru.navyk.application.qualification.QualificationTexts;

/**
 * The audit report of one campaign: who was asked to read which revision, by when, whether and when they confirmed,
 * and their quiz result. As CSV the way the audit export writes it (UTF-8 with a byte-order mark, {@code ;}, values
 * that Excel would run as formulas prefixed with an apostrophe), or as an Excel workbook with a title row, a frozen
 * header and an auto-filter. Headings, statuses and the title in the reader's language (Russian or English).
 */
public final class AcknowledgementReport {

    private static final List<String> HEADER_KEYS = List.of("person", "team", "position", "article", "revision",
            "status", "deadline", "overdue", "acknowledgedAt", "quizAttempts", "quizResult");

    private static final char BOM = '\uFEFF';
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");
    private static final CSVFormat FORMAT = CSVFormat.Builder.create(CSVFormat.RFC4180).setDelimiter(';')
            .setQuote('"').setQuoteMode(QuoteMode.MINIMAL).setRecordSeparator("\r\n").get();

    private final String article;
    private final int revision;
    private final ZoneId zone;
    private final QualificationTexts texts;

    /** The report of a campaign for {@code revision} of {@code article}, times in {@code zone}. */
    public AcknowledgementReport(String article, int revision, ZoneId zone, Locale locale) {
        this.article = article;
        this.revision = revision;
        this.zone = zone;
        this.texts = QualificationTexts.of(locale);
    }

    /** The column headings, in the report's language. */
    public List<String> header() {
        return HEADER_KEYS.stream().map(key -> texts.text("kb.report." + key)).toList();
    }

    /** Writes the CSV to {@code out}, which stays open. */
    public void writeCsv(OutputStream out, List<ObligationRow> rows) throws IOException {
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(BOM);
        CSVPrinter printer = new CSVPrinter(writer, FORMAT);
        printer.printRecord(header());
        for (ObligationRow row : rows) {
            printer.printRecord(cells(row).stream().map(AcknowledgementReport::csvCell).toList());
        }
        printer.flush();
    }

    /** Writes the workbook to {@code out}, which stays open; its title row names the article and revision. */
    public void writeXlsx(OutputStream out, List<ObligationRow> rows) throws IOException {
        Workbook workbook = new Workbook(new NonClosing(out), "Navyk", "1.0");
        Worksheet sheet = workbook.newWorksheet(texts.text("kb.report.sheet"));
        sheet.value(0, 0, texts.text("kb.report.title", article, String.valueOf(revision)));
        sheet.style(0, 0).bold().set();
        List<String> header = header();
        for (int c = 0; c < header.size(); c++) {
            sheet.value(1, c, header.get(c));
            sheet.style(1, c).bold().fillColor("DDEBF7").set();
        }
        int r = 2;
        for (ObligationRow row : rows) {
            List<String> cells = cells(row);
            for (int c = 0; c < cells.size(); c++) {
                if (c == 4) {
                    sheet.value(r, c, row.revisionNumber());
                } else if (!cells.get(c).isEmpty()) {
                    sheet.value(r, c, cells.get(c));
                }
            }
            r++;
        }
        sheet.freezePane(0, 2);
        sheet.setAutoFilter(1, 0, Math.max(1, r - 1), header.size() - 1);
        for (int c = 0; c < header.size(); c++) {
            sheet.width(c, c == 0 || c == 3 ? 36 : 18);
        }
        workbook.finish();
    }

    private List<String> cells(ObligationRow row) {
        List<String> cells = new ArrayList<>();
        cells.add(row.personName());
        cells.add(nullToEmpty(row.teamName()));
        cells.add(nullToEmpty(row.position()));
        cells.add(article);
        cells.add(String.valueOf(row.revisionNumber()));
        cells.add(status(row));
        cells.add(date(row.deadline()));
        cells.add(row.overdue() ? texts.text("kb.report.yes") : "");
        cells.add(time(row.acknowledgedAt()));
        cells.add(row.quizAttempts() == null || row.quizTotal() == null ? "" : String.valueOf(row.quizAttempts()));
        cells.add(row.quizScore() == null ? ""
                : texts.text("kb.report.score", String.valueOf(row.quizScore()), String.valueOf(row.quizTotal())));
        return cells;
    }

    private String status(ObligationRow row) {
        return texts.text(switch (row.status()) {
            case DONE -> "kb.report.done";
            case PENDING -> row.overdue() ? "kb.report.overdueStatus" : "kb.report.pending";
            case SUPERSEDED -> "kb.report.superseded";
        });
    }

    private static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    private String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(zone));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    static String csvCell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    /** fastexcel closes the stream it writes to; the response stream belongs to the container. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
