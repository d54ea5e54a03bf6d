package ru.navyk.benchmark.data;

import java.util.List;
import java.util.Random;

/** Russian names for generated people: a fixed list, so the same seed always names the same people alike. */
final class Names {

    private static final List<String> MALE_LAST = List.of("Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев",
            "Петров", "Соколов", "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев",
            "Семёнов", "Егоров", "Павлов", "Козлов", "Степанов", "Николаев", "Орлов", "Андреев", "Макаров", "Никитин",
            "Захаров", "Зайцев", "Соловьёв", "Борисов", "Яковлев", "Григорьев", "Романов", "Воробьёв", "Сергеев",
            "Фролов", "Белов", "Медведев", "Тарасов", "Беляев", "Комаров", "Киселёв");
    private static final List<String> MALE_FIRST = List.of("Александр", "Алексей", "Андрей", "Артём", "Владимир",
            "Дмитрий", "Денис", "Евгений", "Иван", "Игорь", "Кирилл", "Максим", "Михаил", "Никита", "Павел", "Роман",
            "Сергей", "Олег", "Илья", "Тимофей");
    private static final List<String> FEMALE_FIRST = List.of("Анастасия", "Анна", "Алина", "Валерия", "Виктория",
            "Дарья", "Екатерина", "Елена", "Ирина", "Ксения", "Мария", "Наталья", "Ольга", "Полина", "Светлана",
            "Софья", "Татьяна", "Юлия", "Марина", "Вера");
    private static final List<String> FATHERS = List.of("Александр", "Алексей", "Андрей", "Владимир", "Дмитрий",
            "Евгений", "Иван", "Игорь", "Михаил", "Николай", "Олег", "Павел", "Сергей", "Юрий", "Виктор", "Пётр");

    private Names() {
    }

    /** Last, first and middle name of someone of the given sex. */
    static String[] person(Random random, boolean female) {
        String last = pick(random, MALE_LAST);
        String father = pick(random, FATHERS);
        if (female) {
            return new String[] {last + "а", pick(random, FEMALE_FIRST), patronymic(father, true)};
        }
        return new String[] {last, pick(random, MALE_FIRST), patronymic(father, false)};
    }

    private static String patronymic(String father, boolean female) {
        String stem = father.endsWith("й") ? father.substring(0, father.length() - 1) + "е" : father;
        String ending = father.endsWith("й") ? (female ? "вна" : "вич") : (female ? "овна" : "ович");
        if (father.equals("Пётр")) {
            return female ? "Петровна" : "Петрович";
        }
        return stem + ending;
    }

    private static String pick(Random random, List<String> names) {
        return names.get(random.nextInt(names.size()));
    }
}
