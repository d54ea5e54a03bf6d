package ru.navyk.infrastructure.importing.people;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.navyk.infrastructure.importing.people.CsvProblem.Code.DATE_IN_FUTURE;
import static ru.navyk.infrastructure.importing.people.CsvProblem.Code.DUPLICATE_COLUMN;
import static ru.navyk.infrastructure.importing.people.CsvProblem.Code.DUPLICATE_EMAIL_IN_FILE;
import static ru.navyk.infrastructure.importing.people.CsvProblem.Code.DUPLICATE_PERSONNEL_NUMBER_IN_FILE;
import static ru.navyk.infrastructure.importing.people.CsvProblem.Code.EMPTY_FILE;
import static ru.navyk.infrastructure.importing.people.CsvProblem.Code.INVALID_DATE;
import static ru.navyk.infrastructure.importing.people.CsvProblem.Code.INVALID_EMAIL;
import static ru.navyk.infrastructure.importing.people.CsvProblem.Code.INVALID_LEVEL;
import static ru.navyk.infrastructure.importing.people.CsvProblem.Code.INVALID_PHONE;
import static ru.navyk.infrastructure.importing.people.CsvProblem.Code.MISSING_COLUMN;
import static ru.navyk.infrastructure.importing.people.CsvProblem.Code.REQUIRED;
import static ru.navyk.infrastructure.importing.people.CsvProblem.Code.TOO_LONG;
import static ru.navyk.infrastructure.importing.people.CsvProblem.Code.TOO_MANY_ROWS;
import static ru.navyk.infrastructure.importing.people.CsvProblem.Code.UNKNOWN_COLUMN;
import static ru.navyk.infrastructure.importing.people.CsvProblem.Code.UNKNOWN_EDUCATION;
import static ru.navyk.infrastructure.importing.people.CsvProblem.Code.UNREADABLE;
import static ru.navyk.infrastructure.importing.people.CsvProblem.Code.WRONG_CELL_COUNT;
import static ru.navyk.infrastructure.importing.people.CsvEncoding.AUTO;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import ru.navyk.domain.competency.EducationLevel;
import ru.navyk.testsupport.EmployeeCsvFixtures;

class EmployeeCsvReaderTest {

    /** Late on 14 March in UTC, already 15 March in Moscow: "today" is the clock's local date, 15.03.2025. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-14T21:30:00Z"),
            ZoneId.of("Europe/Moscow"));
    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    private static final String HEADER = String.join(";", EmployeeCsvFixtures.HEADER);

    private final EmployeeCsvReader reader = new EmployeeCsvReader(CLOCK);

    // --- the everyday files -------------------------------------------------------------------------------------

    @Test
    void twoHundredRowsFromA1251ExcelFileWithTwoBadRows() {
        EmployeeCsvResult result = read(EmployeeCsvFixtures.cp1251WithTwoBadRows(200));

        String brokenEmail = EmployeeCsvFixtures.withTwoBadRows(200).get(50, "E-mail");
        assertFalse(brokenEmail.contains("@"), brokenEmail);
        assertEquals(51, EmployeeCsvFixtures.invalidEmailLine(200));
        assertEquals(151, EmployeeCsvFixtures.missingLastNameLine(200));
        assertEquals(WINDOWS_1251, result.charset());
        assertEquals(';', result.separator());
        assertEquals(EmployeeCsvFixtures.HEADER, result.header());
        assertEquals(List.of(new CsvProblem(51, "E-mail", INVALID_EMAIL, brokenEmail),
                new CsvProblem(151, "Фамилия", REQUIRED, null)), result.problems());
        assertEquals(200, result.dataRowCount());
        assertEquals(198, result.rows().size());
        List<Integer> lines = result.rows().stream().map(EmployeeCsvRow::rowNumber).toList();
        assertFalse(lines.contains(51) || lines.contains(151), lines.toString());
        assertEquals(List.of(50, 52), List.of(lines.get(48), lines.get(49)));
        assertFalse(result.isValid());
    }

    @Test
    void theSameFileFixedGivesAll200Employees() {
        EmployeeCsvFixtures.StaffList staff = EmployeeCsvFixtures.staff(200);

        EmployeeCsvResult result = read(EmployeeCsvFixtures.cp1251Valid(200));

        assertTrue(result.isValid(), result.problems().toString());
        assertEquals(200, result.rows().size());
        assertEquals(200, result.dataRowCount());
        DateTimeFormatter russian = DateTimeFormatter.ofPattern("dd.MM.yyyy");
        for (int n = 1; n <= 200; n++) {
            EmployeeCsvRow row = result.rows().get(n - 1);
            assertEquals(n + 1, row.rowNumber());
            assertEquals(staff.get(n, "Табельный номер"), row.personnelNumber());
            assertEquals(staff.get(n, "Фамилия"), row.lastName());
            assertEquals(staff.get(n, "Имя"), row.firstName());
            assertEquals(emptyToNull(staff.get(n, "Отчество")), row.middleName());
            assertEquals(staff.get(n, "E-mail"), row.email());
            assertEquals(emptyToNull(staff.get(n, "Телефон")), row.phone());
            assertEquals(LocalDate.parse(staff.get(n, "Дата приема"), russian), row.hireDate());
            assertEquals(staff.get(n, "Должность"), row.position());
            assertEquals(emptyToNull(staff.get(n, "Уровень квалификации")),
                    row.qualificationLevel() == null ? null : row.qualificationLevel().toString());
            assertEquals(staff.get(n, "Группа"), row.team());
            assertEquals(staff.get(n, "Образование").isEmpty(), row.education() == null, staff.get(n, "Образование"));
        }
    }

    @Test
    void theStaffListIsBelievable() {
        List<EmployeeCsvRow> rows = read(EmployeeCsvFixtures.cp1251Valid(200)).rows();

        Set<String> emails = rows.stream().map(EmployeeCsvRow::email).collect(Collectors.toSet());
        assertEquals(200, emails.size());
        assertTrue(rows.stream().allMatch(r -> r.email().matches("[a-z]+\\.[a-z]+\\.\\d{4}@example\\.ru")),
                rows.get(0).email());
        assertTrue(rows.stream().allMatch(r -> r.hireDate().isBefore(LocalDate.of(2024, 1, 1))));
        for (EmployeeCsvRow row : rows) {
            if (row.middleName() == null) {
                continue;
            }
            boolean daughter = row.middleName().endsWith("на");
            assertTrue(daughter || row.middleName().endsWith("ич"), row.middleName());
            if (row.lastName().matches(".*(ов|ев|ёв|ин|ий|ой)")) {
                assertFalse(daughter, row.lastName() + " " + row.middleName());
            } else if (row.lastName().matches(".*(ова|ева|ёва|ина|ая)")) {
                assertTrue(daughter, row.lastName() + " " + row.middleName());
            }
        }
        Set<String> positions = rows.stream().map(EmployeeCsvRow::position).collect(Collectors.toSet());
        assertTrue(positions.containsAll(Set.of("Оператор контакт-центра", "Старший оператор",
                "Специалист по контролю качества", "Супервайзер")), positions.toString());
        assertEquals(Set.of("Группа 1", "Группа 2", "Группа 3", "Группа 4", "Группа 5"),
                rows.stream().map(EmployeeCsvRow::team).collect(Collectors.toSet()));
        assertEquals(Set.of(3, 4, 5), rows.stream().map(EmployeeCsvRow::qualificationLevel)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        assertArrayEquals(EmployeeCsvFixtures.cp1251Valid(30), EmployeeCsvFixtures.cp1251Valid(30));
        assertTrue(EmployeeCsvFixtures.staff(40).text(';').startsWith(EmployeeCsvFixtures.staff(30).text(';')),
                "a longer list begins with the shorter one");
    }

    @Test
    void utf8WithByteOrderMarkAndCommas() {
        EmployeeCsvFixtures.StaffList staff = EmployeeCsvFixtures.staff(50);
        byte[] content = EmployeeCsvFixtures.withUtf8Bom(staff.encode(UTF_8, ','));

        EmployeeCsvResult result = read(content);

        assertEquals(UTF_8, result.charset());
        assertEquals(',', result.separator());
        assertEquals("Табельный номер", result.header().get(0), "the byte order mark is not part of the name");
        assertTrue(result.isValid(), result.problems().toString());
        assertEquals(50, result.rows().size());
        long withComma = IntStream.rangeClosed(1, 50).filter(n -> staff.get(n, "Должность").contains(",")).count();
        assertTrue(withComma > 0, "the fixture has positions that need quotes with ','");
        assertEquals(withComma, result.rows().stream()
                .filter(r -> r.position().equals("Оператор контакт-центра, линия 2")).count());
    }

    @Test
    void aByteOrderMarkBeforeAQuotedFirstCell() {
        String quoted = "\"" + String.join("\";\"", EmployeeCsvFixtures.HEADER) + "\"\r\n"
                + "\"" + row(1).replace(";", "\";\"") + "\"\r\n";

        EmployeeCsvResult result = read(EmployeeCsvFixtures.withUtf8Bom(quoted.getBytes(UTF_8)));

        assertEquals(EmployeeCsvFixtures.HEADER, result.header());
        assertEquals("00001", result.rows().get(0).personnelNumber());
    }

    @Test
    void utf8WithoutByteOrderMarkAndSemicolons() {
        EmployeeCsvResult result = read(EmployeeCsvFixtures.employees(50, UTF_8, ';'));

        assertEquals(UTF_8, result.charset());
        assertEquals(';', result.separator());
        assertTrue(result.isValid(), result.problems().toString());
        assertEquals(50, result.rows().size());
        assertEquals(EmployeeCsvFixtures.staff(50).get(50, "Фамилия"), result.rows().get(49).lastName());
    }

    @Test
    void quotedCellsKeepSeparatorsQuotesAndLineBreaks() {
        EmployeeCsvResult result = read(
                HEADER,
                "00001;Петрова;Ольга;Игоревна;o.petrova@example.ru;;01.02.2024;"
                        + "\"Оператор; линия \"\"Горячая\"\"\";3;\"Группа 1\r\n(вечерняя смена)\";",
                row(2).replace(";Оператор контакт-центра;", "; \"Оператор; линия 2\" ;"),
                row(3, "E-mail", "нет"));

        assertEquals(2, result.rows().size());
        assertEquals("Оператор; линия 2", result.rows().get(1).position(), "spaces around quotes do not count");
        EmployeeCsvRow first = result.rows().get(0);
        assertEquals("Оператор; линия \"Горячая\"", first.position());
        assertEquals("Группа 1\r\n(вечерняя смена)", first.team());
        assertNull(first.phone());
        assertNull(first.education());
        assertEquals(4, result.rows().get(1).rowNumber(), "the first row takes lines 2 and 3");
        assertEquals(List.of(new CsvProblem(5, "E-mail", INVALID_EMAIL, "нет")), result.problems());
        assertEquals(3, result.dataRowCount());
    }

    // --- one case for every code ---------------------------------------------------------------------------------

    /** A file for each code that has exactly that one problem; the files are made only when a case runs. */
    static Stream<Arguments> oneProblemOfEachCode() {
        String withoutPosition = HEADER.replace(";Должность", "");
        String rowWithoutPosition = row(1).replace(";Оператор контакт-центра", "");
        return Stream.of(
                problem(new CsvProblem(0, null, EMPTY_FILE, null), () -> new byte[0]),
                problem(new CsvProblem(1, "Должность", MISSING_COLUMN, null),
                        () -> utf8(withoutPosition, rowWithoutPosition)),
                problem(new CsvProblem(1, "СНИЛС", UNKNOWN_COLUMN, null),
                        () -> utf8(HEADER + ";СНИЛС", row(1) + ";123-456-789 01")),
                problem(new CsvProblem(1, "Email", DUPLICATE_COLUMN, "E-mail"),
                        () -> utf8(HEADER + ";Email", row(1) + ";o.petrova@example.ru")),
                problem(new CsvProblem(2, null, WRONG_CELL_COUNT, "12"),
                        () -> utf8(HEADER, row(1) + ";лишняя ячейка")),
                problem(new CsvProblem(2, "Имя", REQUIRED, null),
                        () -> utf8(HEADER, row(1, "Имя", " "))),
                problem(new CsvProblem(2, "E-mail", INVALID_EMAIL, "o.petrova@example"),
                        () -> utf8(HEADER, row(1, "E-mail", "o.petrova@example"))),
                problem(new CsvProblem(2, "Телефон", INVALID_PHONE, "+7 912 345-67-89 доб. 12"),
                        () -> utf8(HEADER, row(1, "Телефон", "+7 912 345-67-89 доб. 12"))),
                problem(new CsvProblem(2, "Дата приема", INVALID_DATE, "31.02.2024"),
                        () -> utf8(HEADER, row(1, "Дата приема", "31.02.2024"))),
                problem(new CsvProblem(2, "Дата приема", DATE_IN_FUTURE, "16.03.2025"),
                        () -> utf8(HEADER, row(1, "Дата приема", "16.03.2025"))),
                problem(new CsvProblem(2, "Уровень квалификации", INVALID_LEVEL, "7"),
                        () -> utf8(HEADER, row(1, "Уровень квалификации", "7"))),
                problem(new CsvProblem(2, "Образование", UNKNOWN_EDUCATION, "Курсы повышения квалификации"),
                        () -> utf8(HEADER, row(1, "Образование", "Курсы повышения квалификации"))),
                problem(new CsvProblem(2, "Должность", TOO_LONG, "Д".repeat(201)),
                        () -> utf8(HEADER, row(1, "Должность", "Д".repeat(201)))),
                problem(new CsvProblem(3, "E-mail", DUPLICATE_EMAIL_IN_FILE, "O.Petrova@Example.RU, row 2"),
                        () -> utf8(HEADER, row(1, "E-mail", "o.petrova@example.ru"),
                                row(2, "E-mail", "O.Petrova@Example.RU"))),
                problem(new CsvProblem(3, "Табельный номер", DUPLICATE_PERSONNEL_NUMBER_IN_FILE, "00001, row 2"),
                        () -> utf8(HEADER, row(1), row(2, "Табельный номер", "00001"))),
                problem(new CsvProblem(20_002, null, TOO_MANY_ROWS, "20001"),
                        () -> EmployeeCsvFixtures.employees(20_001, UTF_8, ';')),
                problem(new CsvProblem(3, null, UNREADABLE, null),
                        () -> utf8(HEADER, row(1), "00002;\"Иванов\"а;Анна;;a@example.ru;;01.02.2024;Супервайзер;;;")));
    }

    private static Arguments problem(CsvProblem expected, Supplier<byte[]> file) {
        return Arguments.of(expected, file);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneProblemOfEachCode")
    void oneProblemOfEachCode(CsvProblem expected, Supplier<byte[]> file) {
        assertEquals(List.of(expected), read(file.get()).problems());
    }

    @Test
    void everyCodeHasItsCase() {
        Set<CsvProblem.Code> covered = oneProblemOfEachCode()
                .map(arguments -> ((CsvProblem) arguments.get()[0]).code())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(CsvProblem.Code.class)));

        assertEquals(EnumSet.allOf(CsvProblem.Code.class), covered);
    }

    // --- the header --------------------------------------------------------------------------------------------

    @Test
    void columnsInAnyOrderUnderTheirSynonyms() {
        EmployeeCsvResult result = read(
                "Эл. почта;ИМЯ;Фамилия;Дата приёма на работу;Должность;Таб. номер;Команда;Уровень;Email",
                "I.Ivanova@Example.ru;Ирина;Иванова;1.9.2021;Супервайзер;00042;Группа 3;5;");

        List<CsvProblem> problems = result.problems();
        assertEquals(List.of(new CsvProblem(1, "Email", DUPLICATE_COLUMN, "Эл. почта")), problems);

        EmployeeCsvResult fixed = read(
                "Эл. почта;ИМЯ;Фамилия;Дата приёма на работу;Должность;Таб. номер;Команда;Уровень",
                "I.Ivanova@Example.ru;Ирина;Иванова;1.9.2021;Супервайзер;00042;Группа 3;5");

        assertEquals(List.of(new EmployeeCsvRow(2, "00042", "Иванова", "Ирина", null, "i.ivanova@example.ru", null,
                LocalDate.of(2021, 9, 1), "Супервайзер", 5, "Группа 3", null)), fixed.rows());
        assertTrue(fixed.isValid());
    }

    @Test
    void everySynonymIsRecognised() {
        EmployeeCsvResult result = read(
                "Табельный №;Фамилия;Имя;Отчество;Электронная почта;Телефон;Дата приема на работу;Должность;"
                        + "Уровень квалификации;Группа;Образование",
                "7;Орлов;Павел;Петрович;p.orlov@example.ru;89123456789;2020-01-31;Старший оператор;4;Группа 2;СПО");

        assertTrue(result.isValid(), result.problems().toString());
        assertEquals(new EmployeeCsvRow(2, "7", "Орлов", "Павел", "Петрович", "p.orlov@example.ru", "89123456789",
                LocalDate.of(2020, 1, 31), "Старший оператор", 4, "Группа 2", EducationLevel.SECONDARY_VOCATIONAL),
                result.rows().get(0));
        assertTrue(read("E-mail;Имя;Фамилия;Дата приема;Должность", "a@b.ru;Анна;Орлова;01.01.2020;Супервайзер")
                .isValid());
    }

    @Test
    void yoAndYeAreOneLetterInNamesButValuesKeepTheirYo() {
        EmployeeCsvResult result = read(
                "Фамилия;Имя;Отчество;E-mail;Дата приёма*;Должность;Образование",
                "Фёдорова;Алёна;Пётровна;a.fedorova@example.ru;03.06.2019;Оператор контакт-центра;"
                        + "Высшее образование — специалитет",
                "Семёнов;Артём;Фёдорович;a.semenov@example.ru;03.06.2019;Оператор контакт-центра;"
                        + "высшее образование – магистратура");

        assertTrue(result.isValid(), result.problems().toString());
        assertEquals("Фёдорова", result.rows().get(0).lastName());
        assertEquals("Алёна", result.rows().get(0).firstName());
        assertEquals(EducationLevel.HIGHER_SPECIALIST, result.rows().get(0).education());
        assertEquals(EducationLevel.HIGHER_MASTER, result.rows().get(1).education());
        assertEquals("Дата приёма*", result.header().get(4), "the header is reported as written");
    }

    @Test
    void headerNamesIgnoreCaseSpacingStarsAndQuotes() {
        EmployeeCsvResult result = read(
                "  ФАМИЛИЯ * ;«Имя*»;\"\"\"E-mail\"\"\";Дата\u00A0\u00A0приема;“Должность”",
                "Орлова;Анна;a.orlova@example.ru;01.01.2020;Супервайзер");

        assertTrue(result.isValid(), result.problems().toString());
        assertEquals(List.of("ФАМИЛИЯ *", "«Имя*»", "\"E-mail\"", "Дата\u00A0\u00A0приема", "“Должность”"),
                result.header());
    }

    @Test
    void eachMissingRequiredColumnIsNamedAndAnUnusableHeaderHidesRowProblems() {
        EmployeeCsvResult result = read(
                "Табельный номер;ФИО;Имя;Телефон;Телефон*;Дата приема",
                "1;Орлова Анна;Анна;не указан;;сегодня");

        assertEquals(List.of(
                new CsvProblem(1, "ФИО", UNKNOWN_COLUMN, null),
                new CsvProblem(1, "Телефон*", DUPLICATE_COLUMN, "Телефон"),
                new CsvProblem(1, "Фамилия", MISSING_COLUMN, null),
                new CsvProblem(1, "E-mail", MISSING_COLUMN, null),
                new CsvProblem(1, "Должность", MISSING_COLUMN, null)), result.problems());
        assertEquals(1, result.dataRowCount());
        assertTrue(result.rows().isEmpty());
    }

    @Test
    void anUnnamedColumnIsNotDroppedSilently() {
        EmployeeCsvResult result = read(HEADER + ";", row(1) + ";");

        assertEquals(List.of(new CsvProblem(1, "", UNKNOWN_COLUMN, null)), result.problems());
    }

    @Test
    void separatorsInsideQuotedHeaderNamesDoNotCount() {
        EmployeeCsvResult result = read("\"Ф,И,О, полностью\";E-mail", "\"Орлова, Анна\";a@b.ru");

        assertEquals(';', result.separator());
        assertEquals(List.of("Ф,И,О, полностью", "E-mail"), result.header());
    }

    @Test
    void aTieBetweenSeparatorsGoesToTheSemicolon() {
        assertEquals(';', read("Фамилия,Имя;E-mail", "Орлова,Анна;a@b.ru").separator());
        assertEquals(',', read("Фамилия,Имя,E-mail;Должность", "x").separator());
    }

    // --- rows --------------------------------------------------------------------------------------------------

    @Test
    void everyProblemOfEveryRowIsReportedInLineAndColumnOrder() {
        EmployeeCsvResult result = read(
                "Должность;E-mail;Фамилия;Имя;Дата приема;Уровень;Телефон",
                "Оператор контакт-центра;o.petrova@example.ru;Петрова;Ольга;01.02.2024;3;",
                ";нет почты;;Ольга;32.01.2024;2;12-34",
                "Супервайзер;a@b.ru;Орлова;Анна;01.02.2024;;;");

        assertEquals(List.of(
                new CsvProblem(3, "Должность", REQUIRED, null),
                new CsvProblem(3, "E-mail", INVALID_EMAIL, "нет почты"),
                new CsvProblem(3, "Фамилия", REQUIRED, null),
                new CsvProblem(3, "Дата приема", INVALID_DATE, "32.01.2024"),
                new CsvProblem(3, "Уровень", INVALID_LEVEL, "2"),
                new CsvProblem(3, "Телефон", INVALID_PHONE, "12-34"),
                new CsvProblem(4, null, WRONG_CELL_COUNT, "8")), result.problems());
        assertEquals(List.of(2), result.rows().stream().map(EmployeeCsvRow::rowNumber).toList());
        assertEquals(3, result.dataRowCount());
    }

    @Test
    void aRowWithTheWrongNumberOfCellsIsNotCheckedFurther() {
        EmployeeCsvResult result = read(HEADER, "00001;Петрова;;Игоревна;не почта");

        assertEquals(List.of(new CsvProblem(2, null, WRONG_CELL_COUNT, "5")), result.problems());
    }

    @Test
    void optionalColumnsMayBeAbsentOrEmpty() {
        EmployeeCsvResult result = read(HEADER,
                row(1, "Табельный номер", "", "Отчество", "", "Телефон", "", "Уровень квалификации", "",
                        "Группа", "", "Образование", ""));

        assertEquals(List.of(new EmployeeCsvRow(2, null, "Петрова", "Ольга", null, "o.petrova.1@example.ru", null,
                LocalDate.of(2024, 2, 1), "Оператор контакт-центра", null, null, null)), result.rows());
    }

    @Test
    void valuesAreTrimmedOfSpacesAndNoBreakSpaces() {
        EmployeeCsvResult result = read(HEADER, row(1, "Фамилия", " \u00A0Петрова\u00A0", "E-mail",
                "  O.Petrova@Example.RU ", "Телефон", " +7\u00A0912\u00A0345-67-89 "));

        EmployeeCsvRow row = result.rows().get(0);
        assertEquals("Петрова", row.lastName());
        assertEquals("o.petrova@example.ru", row.email());
        assertEquals("+7\u00A0912\u00A0345-67-89", row.phone());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "01.02.2024|2024-02-01",
            "1.2.2024|2024-02-01",
            "2024-02-01|2024-02-01",
            "29.02.2024|2024-02-29",
            "15.03.2025|2025-03-15"})
    void hireDatesInRussianAndIsoForm(String cell, String expected) {
        EmployeeCsvResult result = read(HEADER, row(1, "Дата приема", cell));

        assertEquals(LocalDate.parse(expected), result.rows().get(0).hireDate(), result.problems().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"31.02.2024", "29.02.2023", "00.01.2024", "01.13.2024", "2024-02-30", "2024-2-1",
            "01.02.24", "01/02/2024", "1 февраля 2024", "01.02.2024 0:00:00", "001.02.2024"})
    void hireDatesAreStrict(String cell) {
        assertEquals(List.of(new CsvProblem(2, "Дата приема", INVALID_DATE, cell)),
                read(HEADER, row(1, "Дата приема", cell)).problems());
    }

    @Test
    void aHireDateAfterTodayOnTheClockIsRefused() {
        EmployeeCsvResult result = read(HEADER, row(1, "Дата приема", "15.03.2025"),
                row(2, "Дата приема", "2025-03-16"));

        assertEquals(List.of(new CsvProblem(3, "Дата приема", DATE_IN_FUTURE, "2025-03-16")), result.problems());
        EmployeeCsvResult aDayLater = new EmployeeCsvReader(Clock.offset(CLOCK, Duration.ofDays(1)))
                .read(utf8(HEADER, row(2, "Дата приема", "2025-03-16")), AUTO, CsvSeparator.AUTO);
        assertTrue(aDayLater.isValid(), aDayLater.problems().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"o.petrova", "o.petrova@", "@example.ru", "o.petrova@@example.ru", "o@petrova@example.ru",
            "o.petrova@example", "o.petrova@example.", "o.petrova@.ru", "o petrova@example.ru",
            "o.petrova@example.ru; a.orlova@example.ru", "o.petrova@example.ru,a.orlova@example.ru"})
    void implausibleEmails(String cell) {
        assertEquals(List.of(new CsvProblem(2, "E-mail", INVALID_EMAIL, cell)),
                read(HEADER, row(1, "E-mail", cell)).problems());
    }

    @ParameterizedTest
    @ValueSource(strings = {"o.petrova@example.ru", "O.Petrova+cc@Mail.Example.RU", "ольга@почта.рф"})
    void plausibleEmailsAreLowerCased(String cell) {
        assertEquals(cell.toLowerCase(Locale.ROOT),
                read(HEADER, row(1, "E-mail", cell)).rows().get(0).email());
    }

    @Test
    void anEmailOrNameTooLongToStoreIsRefused() {
        String longest = "a".repeat(243) + "@example.ru";
        assertEquals(254, longest.length());
        String tooLong = "a" + longest;

        EmployeeCsvResult result = read(HEADER, row(1, "E-mail", longest, "Фамилия", "Щ".repeat(100)),
                row(2, "E-mail", tooLong, "Фамилия", "Щ".repeat(101)));

        assertEquals(List.of(new CsvProblem(3, "Фамилия", TOO_LONG, "Щ".repeat(101)),
                new CsvProblem(3, "E-mail", TOO_LONG, tooLong)), result.problems());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Табельный номер|50", "Имя|100", "Отчество|100", "Должность|200", "Группа|200"})
    void lengthLimits(String column, int longest) {
        EmployeeCsvResult result = read(HEADER, row(1, column, "Ж".repeat(longest)),
                row(2, column, "Ж".repeat(longest + 1)));

        assertEquals(List.of(new CsvProblem(3, column, TOO_LONG, "Ж".repeat(longest + 1))), result.problems());
    }

    @Test
    void aPhoneLongerThan30CharactersIsTooLongEvenWithFewDigits() {
        String longest = "+7 (912)" + " ".repeat(13) + "345-67-89";
        String tooLong = "+7 (912)" + " ".repeat(14) + "345-67-89";
        assertEquals(30, longest.length());

        EmployeeCsvResult result = read(HEADER, row(1, "Телефон", longest), row(2, "Телефон", tooLong));

        assertEquals(List.of(new CsvProblem(3, "Телефон", TOO_LONG, tooLong)), result.problems());
    }

    @ParameterizedTest
    @ValueSource(strings = {"+7 (912) 345-67-89", "8 912 345 67 89", "89123456789", "(495) 123-45-67",
            "+44 20 7946 0958", "+86 10 1234 5678 9"})
    void phonesInUsualNotations(String cell) {
        EmployeeCsvResult result = read(HEADER, row(1, "Телефон", cell));

        assertEquals(cell, result.rows().get(0).phone(), result.problems().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"123-45-67", "912 345-67-8", "89123456789,89123456790",
            "+7 (912) 345-67-89 доб. 12", "8.912.345.67.89", "+7 912 345 67 89 1234 56", "нет"})
    void implausiblePhones(String cell) {
        assertEquals(List.of(new CsvProblem(2, "Телефон", INVALID_PHONE, cell)),
                read(HEADER, row(1, "Телефон", cell)).problems());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"3|3", "4|4", "5|5", "6|6", "03|3"})
    void qualificationLevels(String cell, int expected) {
        assertEquals(expected, read(HEADER, row(1, "Уровень квалификации", cell)).rows().get(0).qualificationLevel());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2", "7", "0", "3.5", "4,0", "III", "три", "-3", "100"})
    void levelsOutsideThreeToSix(String cell) {
        assertEquals(List.of(new CsvProblem(2, "Уровень квалификации", INVALID_LEVEL, cell)),
                read(HEADER, row(1, "Уровень квалификации", cell)).problems());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Основное общее образование|BASIC_GENERAL",
            "основное общее|BASIC_GENERAL",
            "Среднее общее образование|SECONDARY_GENERAL",
            "Среднее профессиональное образование|SECONDARY_VOCATIONAL",
            "среднее профессиональное|SECONDARY_VOCATIONAL",
            "СПО|SECONDARY_VOCATIONAL",
            "Среднее специальное|SECONDARY_VOCATIONAL",
            "Высшее|HIGHER_BACHELOR",
            "Высшее образование|HIGHER_BACHELOR",
            "Высшее образование - бакалавриат|HIGHER_BACHELOR",
            "высшее — бакалавриат|HIGHER_BACHELOR",
            "Бакалавриат|HIGHER_BACHELOR",
            "Специалитет|HIGHER_SPECIALIST",
            "Высшее образование – специалитет|HIGHER_SPECIALIST",
            "ВЫСШЕЕ-СПЕЦИАЛИТЕТ|HIGHER_SPECIALIST",
            "Магистратура|HIGHER_MASTER",
            "Высшее образование — магистратура|HIGHER_MASTER",
            "Подготовка кадров высшей квалификации|HIGHER_POSTGRADUATE",
            "Высшее образование — подготовка кадров высшей квалификации|HIGHER_POSTGRADUATE",
            "Аспирантура|HIGHER_POSTGRADUATE"})
    void educationAsHrSystemsWriteIt(String cell, EducationLevel expected) {
        EmployeeCsvResult result = read(HEADER, row(1, "Образование", cell));

        assertEquals(expected, result.rows().get(0).education(), result.problems().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Неполное высшее", "Высшее техническое", "образование", "Магистр", "Курсы", "11 классов"})
    void educationThatIsNoLevelOfTheLaw(String cell) {
        assertEquals(List.of(new CsvProblem(2, "Образование", UNKNOWN_EDUCATION, cell)),
                read(HEADER, row(1, "Образование", cell)).problems());
    }

    @Test
    void aRepeatedEmailOrPersonnelNumberNamesTheRowItRepeats() {
        EmployeeCsvResult result = read(HEADER,
                row(1, "E-mail", "o.petrova@example.ru", "Фамилия", ""),
                row(2),
                row(3, "E-mail", "O.PETROVA@example.ru"),
                row(4, "E-mail", "o.petrova@example.ru", "Табельный номер", "00002"));

        assertEquals(List.of(
                new CsvProblem(2, "Фамилия", REQUIRED, null),
                new CsvProblem(4, "E-mail", DUPLICATE_EMAIL_IN_FILE, "O.PETROVA@example.ru, row 2"),
                new CsvProblem(5, "Табельный номер", DUPLICATE_PERSONNEL_NUMBER_IN_FILE, "00002, row 3"),
                new CsvProblem(5, "E-mail", DUPLICATE_EMAIL_IN_FILE, "o.petrova@example.ru, row 2")),
                result.problems());
        assertEquals(List.of(3), result.rows().stream().map(EmployeeCsvRow::rowNumber).toList());
    }

    @Test
    void emptyLinesAreSkippedAndLineNumbersStayExact() {
        String text = "\r\n"
                + HEADER + "\r\n"
                + "\r\n"
                + row(1) + "\r\n"
                + ";;;;;;;;;;\r\n"
                + "   \r\n"
                + " ; ;\u00A0;;;;;;;;\r\n"
                + row(2, "E-mail", "нет") + "\r\n"
                + "\r\n";

        EmployeeCsvResult result = read(text.getBytes(UTF_8));

        assertEquals(2, result.dataRowCount());
        assertEquals(List.of(4), result.rows().stream().map(EmployeeCsvRow::rowNumber).toList());
        assertEquals(List.of(new CsvProblem(8, "E-mail", INVALID_EMAIL, "нет")), result.problems());
    }

    @Test
    void theHeaderIsTheFirstLineWithText() {
        EmployeeCsvResult result = read("", ";;", HEADER.replace("Фамилия", "Фамилия2"), row(1));

        assertEquals(List.of(new CsvProblem(3, "Фамилия2", UNKNOWN_COLUMN, null),
                new CsvProblem(3, "Фамилия", MISSING_COLUMN, null)), result.problems());
    }

    @Test
    void aFileWithoutDataRowsIsEmpty() {
        assertEquals(List.of(new CsvProblem(0, null, EMPTY_FILE, null)), read(HEADER).problems());
        assertEquals(List.of(new CsvProblem(0, null, EMPTY_FILE, null)), read("", " ", ";;;").problems());
        assertEquals(0, read(HEADER, "", ";;").dataRowCount());
        EmployeeCsvResult bomOnly = read(EmployeeCsvFixtures.withUtf8Bom(new byte[0]));
        assertEquals(List.of(new CsvProblem(0, null, EMPTY_FILE, null)), bomOnly.problems());
        assertEquals(List.of(), bomOnly.header());
    }

    @Test
    void twentyThousandRowsAreTheLimit() {
        EmployeeCsvResult atLimit = read(EmployeeCsvFixtures.employees(20_000, UTF_8, ';'));
        assertTrue(atLimit.isValid(), atLimit.problems().toString());
        assertEquals(20_000, atLimit.rows().size());

        EmployeeCsvFixtures.StaffList over = EmployeeCsvFixtures.staff(20_003);
        over.set(3, "Имя", "");
        over.set(20_002, "E-mail", "не почта");
        EmployeeCsvResult result = read(over.encode(UTF_8, ';'));

        assertEquals(List.of(new CsvProblem(4, "Имя", REQUIRED, null),
                new CsvProblem(20_002, null, TOO_MANY_ROWS, "20003")), result.problems(),
                "rows over the limit are counted, not checked");
        assertEquals(20_003, result.dataRowCount());
    }

    // --- encodings, separators and unreadable files -------------------------------------------------------------

    @Test
    void anExplicitEncodingIsUsedAsGiven() {
        byte[] cp1251 = EmployeeCsvFixtures.cp1251Valid(20);

        EmployeeCsvResult asUtf8 = reader.read(cp1251, CsvEncoding.UTF_8, CsvSeparator.AUTO);
        assertEquals(List.of(new CsvProblem(0, null, UNREADABLE, null)), asUtf8.problems());
        assertEquals(UTF_8, asUtf8.charset());
        assertEquals(0, asUtf8.dataRowCount());

        EmployeeCsvResult as1251 = reader.read(cp1251, CsvEncoding.WINDOWS_1251, CsvSeparator.SEMICOLON);
        assertTrue(as1251.isValid(), as1251.problems().toString());
        assertEquals(20, as1251.rows().size());
        assertEquals(WINDOWS_1251, as1251.charset());

        // A UTF-8 file without a capital «И» (0x98 in its bytes is not windows-1251) decodes in windows-1251 too,
        // into mojibake; an explicit choice is not second-guessed.
        byte[] utf8 = utf8("фамилия;имя;e-mail;дата приема;должность", "Орлова;Анна;a@b.ru;01.01.2020;Супервайзер");
        assertTrue(read(utf8).isValid());
        EmployeeCsvResult mojibake = reader.read(utf8, CsvEncoding.WINDOWS_1251, CsvSeparator.AUTO);
        assertEquals(WINDOWS_1251, mojibake.charset());
        assertEquals("С„Р°РјРёР»РёСЏ", mojibake.header().get(0));
        assertEquals(UNKNOWN_COLUMN, mojibake.problems().get(0).code());
    }

    @Test
    void anExplicitSeparatorIsUsedAsGiven() {
        byte[] commas = EmployeeCsvFixtures.employees(3, UTF_8, ',');

        EmployeeCsvResult result = reader.read(commas, AUTO, CsvSeparator.SEMICOLON);

        assertEquals(';', result.separator());
        assertEquals(List.of(String.join(",", EmployeeCsvFixtures.HEADER)), result.header());
        assertEquals(new CsvProblem(1, String.join(",", EmployeeCsvFixtures.HEADER), UNKNOWN_COLUMN, null),
                result.problems().get(0));
        assertTrue(reader.read(commas, AUTO, CsvSeparator.COMMA).isValid());
    }

    @Test
    void anExcelWorkbookOrUtf16TextIsNotCsv() {
        byte[] xlsx = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0};
        byte[] utf16 = ("\uFEFF" + HEADER + "\r\n" + row(1) + "\r\n").getBytes(StandardCharsets.UTF_16LE);

        for (byte[] content : List.of(xlsx, utf16)) {
            assertEquals(List.of(new CsvProblem(0, null, UNREADABLE, null)), read(content).problems());
        }
    }

    @Test
    void anUnclosedQuoteMakesTheRestUnreadable() {
        EmployeeCsvResult result = read(HEADER, row(1), "00002;\"Иванова;Анна;;a@b.ru;;01.02.2024;Супервайзер;;;",
                row(3), row(4));

        assertEquals(List.of(new CsvProblem(3, null, UNREADABLE, null)), result.problems());
        assertEquals(1, result.rows().size());
    }

    @Test
    void crOnlyLineEndsAsOldMacExcelWritesThem() {
        String text = HEADER + "\r" + row(1) + "\r" + row(2, "E-mail", "нет") + "\r";

        EmployeeCsvResult result = read(text.getBytes(WINDOWS_1251));

        assertEquals(List.of(new CsvProblem(3, "E-mail", INVALID_EMAIL, "нет")), result.problems());
        assertEquals(WINDOWS_1251, result.charset());
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private EmployeeCsvResult read(byte[] content) {
        return reader.read(content, AUTO, CsvSeparator.AUTO);
    }

    private EmployeeCsvResult read(String... lines) {
        return read(utf8(lines));
    }

    private static byte[] utf8(String... lines) {
        return (String.join("\n", lines) + "\n").getBytes(UTF_8);
    }

    /** A valid row in the template's column order for employee n, with the given cells replaced (column, value…). */
    private static String row(int n, String... columnsAndValues) {
        List<String> cells = new ArrayList<>(List.of("%05d".formatted(n), "Петрова", "Ольга", "Игоревна",
                "o.petrova." + n + "@example.ru", "+7 (912) 345-67-89", "01.02.2024", "Оператор контакт-центра", "3",
                "Группа 1", "Высшее образование — бакалавриат"));
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            int index = EmployeeCsvFixtures.HEADER.indexOf(columnsAndValues[i]);
            assertTrue(index >= 0, columnsAndValues[i]);
            cells.set(index, columnsAndValues[i + 1]);
        }
        return cells.stream().map(EmployeeCsvReaderTest::quoted).collect(Collectors.joining(";"));
    }

    private static String quoted(String cell) {
        return cell.contains(";") || cell.contains("\"") ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }

    private static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
