package ru.navyk.testsupport;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Staff lists as a contact centre's HR officer exports them from Excel or 1С: Russian names with patronymics that
 * agree with gender, unique e-mails and personnel numbers, hire dates in the past, CRLF line ends. The list is the same
 * on every run (a fixed seed), and the first n rows of a longer list equal a list of n rows.
 *
 * <p>{@code cp1251WithTwoBadRows(200)} and {@code cp1251Valid(200)} are the everyday case: the same 200 rows in
 * windows-1251 with ';', once with an invalid e-mail on line {@link #invalidEmailLine(int)} and a missing surname on
 * line {@link #missingLastNameLine(int)}, once without.
 */
public final class EmployeeCsvFixtures {

    public static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    /** The columns in the order of the template, with their canonical names. */
    public static final List<String> HEADER = List.of("Табельный номер", "Фамилия", "Имя", "Отчество", "E-mail",
            "Телефон", "Дата приема", "Должность", "Уровень квалификации", "Группа", "Образование");

    private static final long SEED = 20_250_314L;
    private static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final LocalDate FIRST_HIRE = LocalDate.of(2012, 1, 9);
    private static final LocalDate LAST_HIRE = LocalDate.of(2023, 12, 29);

    /** Male and female forms; Ukrainian surnames in -ко and -ук are the same for both. */
    private static final String[][] SURNAMES = {
            {"Иванов", "Иванова"}, {"Смирнов", "Смирнова"}, {"Кузнецов", "Кузнецова"}, {"Попов", "Попова"},
            {"Васильев", "Васильева"}, {"Петров", "Петрова"}, {"Соколов", "Соколова"}, {"Михайлов", "Михайлова"},
            {"Новиков", "Новикова"}, {"Фёдоров", "Фёдорова"}, {"Морозов", "Морозова"}, {"Волков", "Волкова"},
            {"Алексеев", "Алексеева"}, {"Лебедев", "Лебедева"}, {"Семёнов", "Семёнова"}, {"Егоров", "Егорова"},
            {"Павлов", "Павлова"}, {"Козлов", "Козлова"}, {"Степанов", "Степанова"}, {"Николаев", "Николаева"},
            {"Орлов", "Орлова"}, {"Андреев", "Андреева"}, {"Макаров", "Макарова"}, {"Никитин", "Никитина"},
            {"Захаров", "Захарова"}, {"Зайцев", "Зайцева"}, {"Соловьёв", "Соловьёва"}, {"Борисов", "Борисова"},
            {"Яковлев", "Яковлева"}, {"Григорьев", "Григорьева"}, {"Романов", "Романова"}, {"Белов", "Белова"},
            {"Комаров", "Комарова"}, {"Ильин", "Ильина"}, {"Калинин", "Калинина"}, {"Гусев", "Гусева"},
            {"Островский", "Островская"}, {"Вишневский", "Вишневская"}, {"Толстой", "Толстая"},
            {"Сафин", "Сафина"}, {"Хабибуллин", "Хабибуллина"}, {"Гарипов", "Гарипова"},
            {"Ковальчук", "Ковальчук"}, {"Шевченко", "Шевченко"}, {"Бондаренко", "Бондаренко"}};
    private static final String[] MALE_NAMES = {"Александр", "Дмитрий", "Максим", "Сергей", "Андрей", "Алексей",
            "Артём", "Илья", "Кирилл", "Михаил", "Никита", "Роман", "Егор", "Иван", "Тимур", "Руслан", "Павел", "Денис",
            "Пётр", "Юрий"};
    private static final String[] FEMALE_NAMES = {"Анна", "Мария", "Елена", "Ольга", "Наталья", "Екатерина",
            "Татьяна", "Ирина", "Юлия", "Светлана", "Анастасия", "Дарья", "Ксения", "Алина", "Виктория", "Полина",
            "Софья", "Елизавета", "Марина", "Людмила", "Альфия", "Гульнара"};
    /** A father's name gives the son's and the daughter's patronymic. */
    private static final String[][] PATRONYMICS = {
            {"Александрович", "Александровна"}, {"Сергеевич", "Сергеевна"}, {"Андреевич", "Андреевна"},
            {"Дмитриевич", "Дмитриевна"}, {"Владимирович", "Владимировна"}, {"Алексеевич", "Алексеевна"},
            {"Николаевич", "Николаевна"}, {"Игоревич", "Игоревна"}, {"Викторович", "Викторовна"},
            {"Михайлович", "Михайловна"}, {"Ильич", "Ильинична"}, {"Никитич", "Никитична"}, {"Юрьевич", "Юрьевна"},
            {"Олегович", "Олеговна"}, {"Петрович", "Петровна"}, {"Кузьмич", "Кузьминична"},
            {"Ренатович", "Ренатовна"}, {"Рустамович", "Рустамовна"}};
    /** Position and its usual level of qualification; operators are the bulk of a contact centre. */
    private static final Object[][] POSITIONS = {
            {"Оператор контакт-центра", 3}, {"Оператор контакт-центра", 3}, {"Оператор контакт-центра", 3},
            {"Оператор контакт-центра", 3}, {"Оператор контакт-центра, линия 2", 3}, {"Старший оператор", 4},
            {"Старший оператор", 4}, {"Специалист по контролю качества", 4}, {"Тренер-наставник", 4},
            {"Супервайзер", 5}, {"Руководитель группы", 5}};
    private static final String[] EDUCATION = {"Высшее образование — бакалавриат",
            "Среднее профессиональное образование", "Высшее", "Высшее образование - специалитет", "СПО",
            "Среднее общее образование", "магистратура", "Бакалавриат", ""};
    private static final String[] TRANSLIT = {"a", "b", "v", "g", "d", "e", "zh", "z", "i", "i", "k", "l", "m", "n",
            "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "ie", "y", "", "e", "iu", "ia"};

    private EmployeeCsvFixtures() {
    }

    /** {@code count} valid employees with the template's header. */
    public static byte[] employees(int count, Charset charset, char separator) {
        return staff(count).encode(charset, separator);
    }

    /** 200 (or {@code count}) valid employees in windows-1251 with ';', as a Russian Excel saves «CSV». */
    public static byte[] cp1251Valid(int count) {
        return employees(count, WINDOWS_1251, ';');
    }

    /** The rows of {@link #cp1251Valid(int)} with an invalid e-mail on one and no surname on another. */
    public static byte[] cp1251WithTwoBadRows(int count) {
        return withTwoBadRows(count).encode(WINDOWS_1251, ';');
    }

    /** The staff list with an e-mail lacking its '@' and an empty surname, to be encoded as a test needs. */
    public static StaffList withTwoBadRows(int count) {
        if (count < 4) {
            throw new IllegalArgumentException("two bad rows need at least 4 rows");
        }
        StaffList staff = staff(count);
        int emailRow = invalidEmailRow(count);
        staff.set(emailRow, "E-mail", staff.get(emailRow, "E-mail").replace("@", ""));
        staff.set(missingLastNameRow(count), "Фамилия", "");
        return staff;
    }

    /** The file line of the invalid e-mail in {@link #cp1251WithTwoBadRows(int)}: 51 for 200 rows. */
    public static int invalidEmailLine(int count) {
        return lineOf(invalidEmailRow(count));
    }

    /** The file line of the missing surname in {@link #cp1251WithTwoBadRows(int)}: 151 for 200 rows. */
    public static int missingLastNameLine(int count) {
        return lineOf(missingLastNameRow(count));
    }

    /** The file line of a 1-based data row: the header is line 1. */
    public static int lineOf(int dataRow) {
        return dataRow + 1;
    }

    /** The content with a UTF-8 byte order mark in front, as Excel's «CSV UTF-8» writes it. */
    public static byte[] withUtf8Bom(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 3);
        out.write(0xEF);
        out.write(0xBB);
        out.write(0xBF);
        out.writeBytes(content);
        return out.toByteArray();
    }

    /** {@code count} valid employees, to be changed cell by cell and then encoded. */
    public static StaffList staff(int count) {
        Random random = new Random(SEED);
        List<List<String>> rows = new ArrayList<>(count);
        for (int number = 1; number <= count; number++) {
            rows.add(employee(number, random));
        }
        return new StaffList(rows);
    }

    private static int invalidEmailRow(int count) {
        return count / 4;
    }

    private static int missingLastNameRow(int count) {
        return count * 3 / 4;
    }

    private static List<String> employee(int number, Random random) {
        boolean female = random.nextInt(10) < 7;
        int gender = female ? 1 : 0;
        String lastName = SURNAMES[random.nextInt(SURNAMES.length)][gender];
        String firstName = female ? pick(FEMALE_NAMES, random) : pick(MALE_NAMES, random);
        String middleName = random.nextInt(20) == 0 ? "" : PATRONYMICS[random.nextInt(PATRONYMICS.length)][gender];
        String email = translit(firstName.substring(0, 1)) + "." + translit(lastName) + "." + "%04d".formatted(number)
                + "@example.ru";
        Object[] position = POSITIONS[random.nextInt(POSITIONS.length)];
        String level = random.nextInt(10) == 0 ? "" : String.valueOf(position[1]);
        LocalDate hired = FIRST_HIRE.plusDays(random.nextInt((int) (LAST_HIRE.toEpochDay() - FIRST_HIRE.toEpochDay())));
        return List.of("%05d".formatted(number), lastName, firstName, middleName, email, phone(random),
                RUSSIAN_DATE.format(hired), (String) position[0], level, "Группа " + (1 + random.nextInt(5)),
                pick(EDUCATION, random));
    }

    private static String phone(Random random) {
        String operator = "9" + digits(random, 2);
        return switch (random.nextInt(4)) {
            case 0 -> "+7 (" + operator + ") " + digits(random, 3) + "-" + digits(random, 2) + "-" + digits(random, 2);
            case 1 -> "8 " + operator + " " + digits(random, 3) + " " + digits(random, 2) + " " + digits(random, 2);
            case 2 -> "+7" + operator + digits(random, 7);
            default -> "";
        };
    }

    private static String digits(Random random, int count) {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }

    private static String pick(String[] values, Random random) {
        return values[random.nextInt(values.length)];
    }

    /** Lower-case Latin letters for a Russian name, in the passport transliteration («Фёдорова» → fedorova). */
    private static String translit(String russian) {
        StringBuilder latin = new StringBuilder();
        for (char c : russian.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == 'ё') {
                latin.append('e');
            } else if (c >= 'а' && c <= 'я') {
                latin.append(TRANSLIT[c - 'а']);
            } else {
                latin.append(c);
            }
        }
        return latin.toString();
    }

    /** A staff list that a test may change before encoding it. Data rows are numbered from 1, columns named. */
    public static final class StaffList {

        private final List<List<String>> rows;

        private StaffList(List<List<String>> rows) {
            this.rows = new ArrayList<>();
            rows.forEach(row -> this.rows.add(new ArrayList<>(row)));
        }

        public int size() {
            return rows.size();
        }

        public String get(int dataRow, String column) {
            return rows.get(dataRow - 1).get(columnIndex(column));
        }

        public StaffList set(int dataRow, String column, String value) {
            rows.get(dataRow - 1).set(columnIndex(column), value);
            return this;
        }

        /** The file as text: header and rows, cells quoted where the separator, a quote or a line break needs it. */
        public String text(char separator) {
            StringBuilder text = new StringBuilder();
            line(text, HEADER, separator);
            rows.forEach(row -> line(text, row, separator));
            return text.toString();
        }

        public byte[] encode(Charset charset, char separator) {
            return text(separator).getBytes(charset);
        }

        private static void line(StringBuilder text, List<String> cells, char separator) {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    text.append(separator);
                }
                text.append(quoted(cells.get(i), separator));
            }
            text.append("\r\n");
        }

        private static String quoted(String cell, char separator) {
            boolean needsQuotes = cell.indexOf(separator) >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                    || cell.indexOf('\r') >= 0;
            return needsQuotes ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
        }

        private static int columnIndex(String column) {
            int index = HEADER.indexOf(column);
            if (index < 0) {
                throw new IllegalArgumentException("no column «" + column + "»; the columns are " + HEADER);
            }
            return index;
        }
    }
}
