package ru.navyk.application.qualification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import ru.navyk.application.qualification.QualificationViews.FunctionCount;
import ru.navyk.application.qualification.QualificationViews.OrganisationOverview;
import ru.navyk.application.qualification.QualificationViews.OverdueRow;
import ru.navyk.application.qualification.QualificationViews.PipelineRow;

/** The organisation exports, read back: the Excel sheets cell by cell, the PDF's text with its Cyrillic. */
class OrganisationExportTest {

    private static final OrganisationOverview OVERVIEW = new OrganisationOverview(LocalDate.of(2026, 3, 1), 3,
            List.of(new FunctionCount("A", 3, "Обработка обращений клиентов", 2, 1),
                    new FunctionCount("B", 4, "Измерение качества обработки обращений клиентов", 0, 2)),
            Map.of(3, 2L),
            List.of(new PipelineRow(7, "Волков Артём Игоревич", "Группа 1 — входящая линия", "Оператор", 3, 4,
                    List.of("B", "C"))),
            List.of(new OverdueRow(8, "Егоров Павел Дмитриевич", "Группа 1 — входящая линия", "Старший оператор",
                    LocalDate.of(2022, 1, 10), LocalDate.of(2025, 1, 10), 415)));

    @Test
    void excelHasOneSheetPerTableWithTheRowsShown() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new OrganisationExport(Locale.forLanguageTag("ru")).excel(OVERVIEW, bytes);

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertEquals(3, sheets.size());
            List<Row> functions = sheets.get(0).read();
            assertEquals("ОТФ", functions.get(0).getCellText(0));
            assertEquals("Измерение качества обработки обращений клиентов", functions.get(2).getCellText(2));
            assertEquals("2", functions.get(2).getCellText(4));
            List<Row> pipeline = sheets.get(1).read();
            assertEquals("Волков Артём Игоревич", pipeline.get(1).getCellText(0));
            assertEquals("B, C", pipeline.get(1).getCellText(5));
            List<Row> overdue = sheets.get(2).read();
            assertEquals("10.01.2025", overdue.get(1).getCellText(4));
            assertEquals("415", overdue.get(1).getCellText(5));
        }
    }

    @Test
    void pdfCarriesTheTablesInCyrillic() throws IOException {
        byte[] pdf = new OrganisationExport(Locale.forLanguageTag("ru")).pdf(OVERVIEW);

        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        String text = java.util.stream.IntStream.rangeClosed(1, reader.getNumberOfPages()).mapToObj(page -> {
            try {
                return extractor.getTextFromPage(page);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).collect(Collectors.joining("\n"));
        reader.close();

        assertTrue(text.contains("Квалификация в организации"), text);
        assertTrue(text.contains("Волков Артём Игоревич"), text);
        assertTrue(text.contains("Просрочено повышение квалификации"), text);
        assertTrue(text.contains("415"), text);
    }

    @Test
    void englishReadersGetEnglishHeadings() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new OrganisationExport(Locale.ENGLISH).excel(OVERVIEW, bytes);

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals("Function", workbook.getFirstSheet().read().get(0).getCellText(0));
        }
    }
}
