package ru.navyk.application.audit;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes audit entries as a CSV file that Excel in a Russian locale opens as a table without an import dialog:
 * UTF-8 with a byte-order mark (without it Excel reads the bytes as Windows-1251 and the Cyrillic turns to
 * gibberish), {@code ;} between values (the list separator of Russian Windows), quotes around values that contain a
 * separator, a quote or a line break, CRLF line ends, times as {@code dd.MM.yyyy HH:mm:ss} in the server's zone.
 * At most {@code maxRows} entries are written; when more exist, a last line says the file was cut.
 *
 * <p>A value that begins with {@code = + - @}, a tab or a carriage return gets a leading apostrophe: the trail
 * records what users typed, and Excel would otherwise run such a value as a formula on the administrator's machine
 * (CSV injection).
 */
public final class AuditCsv {

    /** The most entries one export writes. */
    public static final int MAX_ROWS = 100_000;

    static final List<String> HEADER = List.of("Время", "Кто", "Действие", "Объект", "Идентификатор",
            "Наименование", "Поле", "Было", "Стало");

    private static final char BOM = '\uFEFF';
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");
    private static final CSVFormat FORMAT = CSVFormat.Builder.create(CSVFormat.RFC4180)
            .setDelimiter(';')
            .setQuote('"')
            .setQuoteMode(QuoteMode.MINIMAL)
            .setRecordSeparator("\r\n")
            .get();

    private final ZoneId zone;

    public AuditCsv(ZoneId zone) {
        this.zone = zone;
    }

    /** Writes the file to {@code out}, which stays open: it belongs to the caller. */
    public void write(OutputStream out, Iterator<AuditView> entries, int maxRows) throws IOException {
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(BOM);
        CSVPrinter printer = new CSVPrinter(writer, FORMAT);
        printer.printRecord(HEADER);
        int written = 0;
        while (written < maxRows && entries.hasNext()) {
            printer.printRecord(row(entries.next()));
            written++;
        }
        if (entries.hasNext()) {
            printer.printRecord("Выгрузка ограничена " + maxRows
                    + " строками, остальные записи не выгружены. Уточните фильтры и выгрузите снова.");
        }
        printer.flush();
    }

    private List<String> row(AuditView entry) {
        return List.of(time(entry.occurredAt()), cell(entry.actor()), cell(entry.action()), cell(entry.entityType()),
                cell(entry.entityId()), cell(entry.entityLabel()), cell(entry.field()), cell(entry.oldValue()),
                cell(entry.newValue()));
    }

    private String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(zone));
    }

    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
