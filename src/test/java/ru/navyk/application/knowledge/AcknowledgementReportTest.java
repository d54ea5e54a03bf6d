package ru.navyk.application.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import ru.navyk.application.knowledge.KnowledgeViews.ObligationRow;
import ru.navyk.domain.knowledge.ObligationStatus;

class AcknowledgementReportTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final List<ObligationRow> ROWS = List.of(
            new ObligationRow(1, 10, "Кузнецов Алексей Викторович", "Группа 1 — входящая линия",
                    "Оператор контакт-центра", ObligationStatus.DONE, LocalDate.of(2026, 6, 1), false,
                    Instant.parse("2026-05-30T07:15:00Z"), 3, 2, 2, 2),
            new ObligationRow(2, 11, "=HYPERLINK(\"x\")", null, null, ObligationStatus.PENDING,
                    LocalDate.of(2026, 6, 1), true, null, 3, null, null, null));

    @Test
    void excelReportReadsBackWithEveryRow() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AcknowledgementReport("Изменение тарифов", 3, MOSCOW, RUSSIAN).writeXlsx(out, ROWS);

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertEquals("Изменение тарифов, редакция 3", rows.get(0).getCellText(0));
            assertEquals("Сотрудник", rows.get(1).getCellText(0));
            assertEquals("Кузнецов Алексей Викторович", rows.get(2).getCellText(0));
            assertEquals("Ознакомлен(а)", rows.get(2).getCellText(5));
            assertEquals("30.05.2026 10:15:00", rows.get(2).getCellText(8));
            assertEquals("2 из 2", rows.get(2).getCellText(10));
            assertEquals("Просрочено", rows.get(3).getCellText(5));
            assertEquals(4, rows.size());
        }
    }

    @Test
    void csvReportIsExcelFriendlyAndDefusesFormulas() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AcknowledgementReport("Изменение тарифов", 3, MOSCOW, RUSSIAN).writeCsv(out, ROWS);
        String csv = out.toString(StandardCharsets.UTF_8);

        assertTrue(csv.startsWith("\uFEFFСотрудник;Группа;"), csv);
        assertTrue(csv.contains("Кузнецов Алексей Викторович;Группа 1 — входящая линия;Оператор контакт-центра;"
                + "Изменение тарифов;3;Ознакомлен(а);01.06.2026;;30.05.2026 10:15:00;2;2 из 2\r\n"), csv);
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"x\"\")\""), csv);
    }

    @Test
    void anEnglishReaderGetsEnglishHeadingsStatusesAndTitle() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AcknowledgementReport("Tariff change", 3, MOSCOW, Locale.ENGLISH).writeXlsx(out, ROWS);

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertEquals("Acknowledgements", workbook.getFirstSheet().getName());
            List<Row> rows = workbook.getFirstSheet().read();
            assertEquals("Tariff change, revision 3", rows.get(0).getCellText(0));
            assertEquals("Employee", rows.get(1).getCellText(0));
            assertEquals("Quiz result", rows.get(1).getCellText(10));
            assertEquals("Acknowledged", rows.get(2).getCellText(5));
            assertEquals("2 of 2", rows.get(2).getCellText(10));
            assertEquals("Overdue", rows.get(3).getCellText(5));
            assertEquals("yes", rows.get(3).getCellText(7));
        }
    }
}
