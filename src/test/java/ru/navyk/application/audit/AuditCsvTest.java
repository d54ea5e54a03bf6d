package ru.navyk.application.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class AuditCsvTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final Instant NOON_UTC = Instant.parse("2026-03-05T09:04:07Z");

    @Test
    void startsWithTheUtf8ByteOrderMarkAndTheRussianHeader() throws IOException {
        byte[] bytes = write(List.of(), 10);

        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        assertEquals("\uFEFFВремя;Кто;Действие;Объект;Идентификатор;Наименование;Поле;Было;Стало\r\n",
                new String(bytes, StandardCharsets.UTF_8));
    }

    @Test
    void writesCyrillicAsUtf8AndTheTimeInTheGivenZone() throws IOException {
        String csv = text(write(List.of(entry("Иванова Мария", "lastName", "Петрова", "Иванова")), 10));

        assertEquals("05.03.2026 12:04:07;hr.ivanova;UPDATE;Person;42;Иванова Мария;lastName;Петрова;Иванова",
                csv.lines().toList().get(1));
    }

    @Test
    void quotesValuesWithTheSeparatorQuotesOrLineBreaksAndReadsBackVerbatim() throws IOException {
        String awkward = "Отдел; \"Север\"\nвторая строка";
        String csv = text(write(List.of(entry("Группа; 1", "name", null, awkward)), 10));

        assertTrue(csv.contains(";\"Группа; 1\";"), csv);
        assertTrue(csv.contains("\"Отдел; \"\"Север\"\"\nвторая строка\""), csv);
        List<CSVRecord> records = parse(csv);
        assertEquals(2, records.size());
        assertEquals(9, records.get(1).size());
        assertEquals("Группа; 1", records.get(1).get(5));
        assertEquals("", records.get(1).get(7));
        assertEquals(awkward, records.get(1).get(8));
    }

    @Test
    void valuesThatExcelWouldRunAsFormulasGetALeadingApostrophe() throws IOException {
        String csv = text(write(List.of(entry("=HYPERLINK(\"http://x\")", "phone", "+7 999 123-45-67", "-1")), 10));

        CSVRecord row = parse(csv).get(1);
        assertEquals("'=HYPERLINK(\"http://x\")", row.get(5));
        assertEquals("'+7 999 123-45-67", row.get(7));
        assertEquals("'-1", row.get(8));
        assertEquals("Иванова", AuditCsv.cell("Иванова"));
        assertEquals("'@import", AuditCsv.cell("@import"));
    }

    @Test
    void stopsAtTheCapAndSaysSoInALastLine() throws IOException {
        Iterator<AuditView> endless = Stream.generate(() -> entry("x", "f", "a", "b")).iterator();

        List<CSVRecord> records = parse(text(write(endless, AuditCsv.MAX_ROWS)));

        assertEquals(1 + 100_000 + 1, records.size());
        String last = records.get(records.size() - 1).get(0);
        assertTrue(last.startsWith("Выгрузка ограничена 100000 строками"), last);
        assertEquals(1, records.get(records.size() - 1).size());
    }

    @Test
    void exactlyTheCapIsNotCalledCut() throws IOException {
        List<AuditView> three = List.of(entry("a", null, null, null), entry("b", null, null, null),
                entry("c", null, null, null));

        String csv = text(write(three, 3));

        assertEquals(4, parse(csv).size());
        assertFalse(csv.contains("Выгрузка ограничена"));
    }

    private static AuditView entry(String label, String field, String oldValue, String newValue) {
        return new AuditView(1, NOON_UTC, "hr.ivanova", "UPDATE", "Person", "42", label, field, oldValue, newValue);
    }

    private static byte[] write(List<AuditView> entries, int cap) throws IOException {
        return write(entries.iterator(), cap);
    }

    private static byte[] write(Iterator<AuditView> entries, int cap) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AuditCsv(MOSCOW).write(out, entries, cap);
        return out.toByteArray();
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8).substring(1);
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        return CSVFormat.Builder.create(CSVFormat.RFC4180).setDelimiter(';').get()
                .parse(new StringReader(csv)).getRecords();
    }
}
