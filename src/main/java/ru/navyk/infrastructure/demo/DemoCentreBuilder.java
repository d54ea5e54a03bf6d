package ru.navyk.infrastructure.demo;

import static ru.navyk.domain.competency.EducationLevel.BASIC_GENERAL;
import static ru.navyk.domain.competency.EducationLevel.HIGHER_BACHELOR;
import static ru.navyk.domain.competency.EducationLevel.HIGHER_MASTER;
import static ru.navyk.domain.competency.EducationLevel.HIGHER_SPECIALIST;
import static ru.navyk.domain.competency.EducationLevel.SECONDARY_GENERAL;
import static ru.navyk.domain.competency.EducationLevel.SECONDARY_VOCATIONAL;
import static ru.navyk.domain.competency.TrainingKind.PROFESSIONAL_TRAINING;
import static ru.navyk.domain.competency.TrainingKind.SHORT_TRAINING;
import static ru.navyk.domain.competency.TrainingKind.UPSKILLING;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.navyk.domain.competency.EducationLevel;
import ru.navyk.domain.people.Department;
import ru.navyk.domain.people.Mentorship;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.people.Role;
import ru.navyk.domain.people.Team;

/**
 * Writes down the demo centre: who works where, since when, what they did before and what training they completed.
 * Qualification levels follow the standard: operators 3, quality and resource planning specialists 4, supervisors 5,
 * the head of the centre 6; HR and IT positions lie outside the standard and have none. A few people's upskilling
 * is more than three years old on purpose, so that the overdue-upskilling rule has someone to flag.
 */
final class DemoCentreBuilder {

    private static final String OPERATOR = "Оператор контакт-центра";
    private static final String SENIOR_OPERATOR = "Старший оператор";
    private static final String TEAM_LEADER = "Руководитель группы";
    private static final String HEAD_OF_CENTRE = "Руководитель контактного центра";
    private static final String QUALITY_SPECIALIST = "Специалист по контролю качества";
    private static final String PLANNING_SPECIALIST = "Специалист по планированию ресурсов";
    private static final String HR_SPECIALIST = "Специалист по персоналу";
    private static final String RECRUITER = "Специалист по подбору персонала";
    private static final String SYSTEMS_ADMINISTRATOR = "Администратор информационных систем";
    private static final String SUPPORT_SPECIALIST = "Специалист технической поддержки";
    private static final String LEAD_SUPPORT_SPECIALIST = "Ведущий специалист технической поддержки";

    /** The ready-made job profile (content/job-profiles) that describes each position of the standard. */
    static final Map<String, String> PROFILE_OF_POSITION = Map.of(
            OPERATOR, "operator",
            SENIOR_OPERATOR, "operator",
            QUALITY_SPECIALIST, "quality-specialist",
            PLANNING_SPECIALIST, "resource-planner",
            TEAM_LEADER, "team-lead",
            HEAD_OF_CENTRE, "centre-head");

    private static final String BASIC_COURSE = "Профессиональная подготовка операторов контакт-центра";
    private static final String INDUCTION = "Вводный инструктаж и адаптационный курс оператора";
    private static final String SERVICE_COURSE = "Клиентоориентированное общение и работа с возражениями";
    private static final String QUALITY_COURSE = "Контроль качества обслуживания в контакт-центре";
    private static final String PLANNING_COURSE = "Прогнозирование нагрузки и планирование ресурсов контакт-центра";
    private static final String TEAM_LEADER_COURSE = "Управление группой операторов контакт-центра";
    private static final String CENTRE_COURSE = "Стратегическое управление контактным центром";
    private static final String MENTORING_COURSE = "Наставничество и адаптация новых сотрудников";
    private static final String SALES_COURSE = "Активные продажи по телефону";
    private static final String SUPPORT_COURSE = "Диагностика неисправностей и обращения второй линии поддержки";
    private static final String HR_COURSE = "Подбор и адаптация персонала контакт-центра";
    private static final String SECURITY_COURSE = "Защита персональных данных в информационных системах";

    private final LocalDate today;
    private final Map<Department, Person> heads = new LinkedHashMap<>();
    private final Map<Team, Person> supervisors = new LinkedHashMap<>();
    private final List<Person> people = new ArrayList<>();
    private final List<Mentorship> mentorships = new ArrayList<>();
    private final List<DemoCentre.AccountPlan> accounts = new ArrayList<>();

    private final Department centre = new Department(DemoCentre.CENTRE, null, null);
    private final Department customerService = new Department(DemoCentre.CUSTOMER_SERVICE, centre, null);
    private final Department lineTwo = new Department(DemoCentre.LINE_2, customerService, null);
    private final Team management = new Team(DemoCentre.MANAGEMENT, centre, null, null);
    private final Team groupOne = new Team(DemoCentre.GROUP_1, customerService, null, null);
    private final Team adaptation = new Team(DemoCentre.ADAPTATION, customerService, groupOne, null);
    private final Team groupTwo = new Team(DemoCentre.GROUP_2, customerService, null, null);
    private final Team sales = new Team(DemoCentre.SALES, customerService, null, null);
    private final Team techSupport = new Team(DemoCentre.TECH_SUPPORT, lineTwo, null, null);

    DemoCentreBuilder(LocalDate today) {
        this.today = today;
    }

    DemoCentre build() {
        Person head = management();
        heads.put(centre, head);
        heads.put(customerService, head);
        Person mentor = groupOne();
        Person groupTwoMentor = groupTwo();
        Person salesMentor = sales();
        adaptation(mentor, groupTwoMentor, salesMentor);
        heads.put(lineTwo, techSupport());
        return new DemoCentre(heads, orderedSupervisors(), people, mentorships, accounts);
    }

    /** The head of the centre, quality, planning, HR and IT; returns the head. */
    private Person management() {
        Person head = hire("Соколова", "Елена", "Викторовна", HIGHER_MASTER, ago(11, 2), OPERATOR, 3, groupOne)
                .trained(PROFESSIONAL_TRAINING, BASIC_COURSE, ago(11, 1), 72)
                .promoted(SENIOR_OPERATOR, 3, ago(9, 0))
                .promoted(TEAM_LEADER, 5, ago(7, 4))
                .trained(UPSKILLING, TEAM_LEADER_COURSE, ago(6, 10), 72)
                .promoted(HEAD_OF_CENTRE, 6, ago(3, 2))
                .transferred(management, ago(3, 2))
                .trained(UPSKILLING, CENTRE_COURSE, ago(1, 4), 144)
                .person();
        documented(head, DemoAccounts.HEAD);
        supervisors.put(management, head);
        agent(hire("Лебедев", "Андрей", "Николаевич", SECONDARY_VOCATIONAL, ago(6, 1), OPERATOR, 3, groupTwo)
                .trained(PROFESSIONAL_TRAINING, BASIC_COURSE, ago(6, 0), 72)
                .promoted(QUALITY_SPECIALIST, 4, ago(3, 6))
                .transferred(management, ago(3, 6))
                .trained(UPSKILLING, QUALITY_COURSE, ago(3, 4), 72));
        agent(hire("Козлова", "Марина", "Игоревна", HIGHER_BACHELOR, ago(4, 3), OPERATOR, 3, groupOne)
                .trained(PROFESSIONAL_TRAINING, BASIC_COURSE, ago(4, 2), 72)
                .promoted(PLANNING_SPECIALIST, 4, ago(2, 0))
                .transferred(management, ago(2, 0))
                .trained(UPSKILLING, PLANNING_COURSE, ago(1, 9), 72));
        documented(hire("Новикова", "Ольга", "Дмитриевна", HIGHER_SPECIALIST, ago(8, 5), HR_SPECIALIST, null,
                management)
                .trained(UPSKILLING, HR_COURSE, ago(2, 1), 72).person(), DemoAccounts.HR);
        account(hire("Фёдоров", "Максим", "Александрович", HIGHER_BACHELOR, ago(1, 8), RECRUITER, null, management)
                .person(), Role.HR);
        documented(hire("Васильев", "Дмитрий", "Олегович", HIGHER_BACHELOR, ago(5, 0), SYSTEMS_ADMINISTRATOR, null,
                management)
                .trained(UPSKILLING, SECURITY_COURSE, ago(0, 10), 36).person(), DemoAccounts.ADMIN);
        return head;
    }

    /** Inbound line group 1; returns its mentor (the account demo.mentor). */
    private Person groupOne() {
        Person supervisor = hire("Морозов", "Игорь", "Сергеевич", SECONDARY_VOCATIONAL, ago(7, 3), OPERATOR, 3,
                groupTwo)
                .trained(PROFESSIONAL_TRAINING, BASIC_COURSE, ago(7, 2), 72)
                .promoted(SENIOR_OPERATOR, 3, ago(5, 0))
                .trained(UPSKILLING, SERVICE_COURSE, ago(4, 2), 36)
                .promoted(QUALITY_SPECIALIST, 4, ago(3, 9))
                .promoted(TEAM_LEADER, 5, ago(2, 6))
                .transferred(groupOne, ago(2, 6))
                .trained(UPSKILLING, TEAM_LEADER_COURSE, ago(2, 3), 72)
                .person();
        documented(supervisor, DemoAccounts.SUPERVISOR);
        supervisors.put(groupOne, supervisor);
        Person mentor = hire("Павлова", "Наталья", "Андреевна", SECONDARY_VOCATIONAL, ago(5, 3), OPERATOR, 3, groupOne)
                .trained(PROFESSIONAL_TRAINING, BASIC_COURSE, ago(5, 2), 72)
                .trained(UPSKILLING, SERVICE_COURSE, ago(3, 7), 36)
                .promoted(SENIOR_OPERATOR, 3, ago(2, 0))
                .trained(SHORT_TRAINING, MENTORING_COURSE, ago(1, 10), 16)
                .person();
        documented(mentor, DemoAccounts.MENTOR);
        Person agent = hire("Кузнецов", "Алексей", "Викторович", SECONDARY_GENERAL, ago(1, 7), OPERATOR, 3, groupTwo)
                .trained(PROFESSIONAL_TRAINING, BASIC_COURSE, ago(1, 6), 72)
                .transferred(groupOne, ago(0, 11))
                .person();
        documented(agent, DemoAccounts.AGENT);
        mentorships.add(new Mentorship(mentor, agent, ago(1, 7), ago(1, 4)));
        agent(hire("Попова", "Дарья", "Михайловна", HIGHER_BACHELOR, ago(3, 0), OPERATOR, 3, groupOne)
                .trained(PROFESSIONAL_TRAINING, BASIC_COURSE, ago(2, 11), 72)
                .trained(UPSKILLING, SERVICE_COURSE, ago(2, 5), 36));
        agent(hire("Волков", "Артём", "Игоревич", SECONDARY_VOCATIONAL, ago(2, 2), OPERATOR, 3, groupOne)
                .trained(PROFESSIONAL_TRAINING, BASIC_COURSE, ago(2, 1), 72));
        Person semenova = agent(hire("Семенова", "Ксения", "Александровна", SECONDARY_GENERAL, ago(0, 9), OPERATOR, 3,
                groupOne)
                .trained(PROFESSIONAL_TRAINING, BASIC_COURSE, ago(0, 8), 72));
        mentorships.add(new Mentorship(mentor, semenova, ago(0, 9), ago(0, 6)));
        Person egorov = hire("Егоров", "Павел", "Дмитриевич", SECONDARY_VOCATIONAL, ago(6, 0), OPERATOR, 3, groupOne)
                .trained(PROFESSIONAL_TRAINING, BASIC_COURSE, ago(5, 11), 72)
                .trained(UPSKILLING, SERVICE_COURSE, ago(4, 8), 36)
                .promoted(SENIOR_OPERATOR, 3, ago(3, 0))
                .trained(SHORT_TRAINING, MENTORING_COURSE, ago(2, 9), 16)
                .person();
        account(egorov, Role.MENTOR, Role.AGENT);
        agent(hire("Никитина", "Юлия", "Сергеевна", BASIC_GENERAL, ago(1, 2), OPERATOR, 3, groupOne)
                .trained(PROFESSIONAL_TRAINING, BASIC_COURSE, ago(1, 1), 72));
        Person medvedev = agent(hire("Медведев", "Роман", "Евгеньевич", SECONDARY_GENERAL, ago(0, 4), OPERATOR, 3,
                adaptation)
                .trained(SHORT_TRAINING, INDUCTION, ago(0, 4).plusDays(7), 24)
                .trained(PROFESSIONAL_TRAINING, BASIC_COURSE, ago(0, 3), 72));
        mentorships.add(new Mentorship(egorov, medvedev, ago(0, 4), ago(0, 1)));
        return mentor;
    }

    /**
     * The sub-team of group 1 for trainees hired in the last two months, each with a running mentorship: two with
     * demo.mentor (one of them demo.trainee), one each with the mentors of group 2 and of sales.
     */
    private void adaptation(Person mentor, Person groupTwoMentor, Person salesMentor) {
        Person lead = hire("Орлова", "Екатерина", "Викторовна", SECONDARY_VOCATIONAL, ago(4, 0), OPERATOR, 3, groupOne)
                .trained(PROFESSIONAL_TRAINING, BASIC_COURSE, ago(3, 11), 72)
                .promoted(SENIOR_OPERATOR, 3, ago(1, 6))
                .transferred(adaptation, ago(1, 6))
                .trained(SHORT_TRAINING, MENTORING_COURSE, ago(1, 5), 16)
                .trained(UPSKILLING, SERVICE_COURSE, ago(1, 2), 36)
                .person();
        account(lead, Role.MANAGER, Role.AGENT);
        supervisors.put(adaptation, lead);
        Person trainee = trainee("Белов", "Никита", "Романович", SECONDARY_GENERAL, 34);
        documented(trainee, DemoAccounts.TRAINEE);
        mentorships.add(new Mentorship(mentor, trainee, trainee.getHireDate(), null));
        Person grigorieva = agent(trainee("Григорьева", "Алина", "Олеговна", SECONDARY_VOCATIONAL, 48));
        mentorships.add(new Mentorship(mentor, grigorieva, grigorieva.getHireDate(), null));
        Person tarasov = agent(trainee("Тарасов", "Кирилл", "Андреевич", HIGHER_BACHELOR, 20));
        mentorships.add(new Mentorship(groupTwoMentor, tarasov, tarasov.getHireDate(), null));
        Person zakharova = agent(trainee("Захарова", "Виктория", "Павловна", SECONDARY_GENERAL, 57));
        mentorships.add(new Mentorship(salesMentor, zakharova, zakharova.getHireDate(), null));
    }

    /** Inbound line group 2, with the one former employee; returns its mentor. */
    private Person groupTwo() {
        Person supervisor = hire("Андреева", "Светлана", "Петровна", HIGHER_BACHELOR, ago(8, 0), OPERATOR, 3,
                groupTwo)
                .trained(PROFESSIONAL_TRAINING, BASIC_COURSE, ago(7, 11), 72)
                .promoted(QUALITY_SPECIALIST, 4, ago(5, 6))
                .trained(UPSKILLING, TEAM_LEADER_COURSE, ago(3, 3), 72)
                .promoted(TEAM_LEADER, 5, ago(3, 0))
                .person();
        account(supervisor, Role.MANAGER);
        supervisors.put(groupTwo, supervisor);
        documented(hire("Смирнов", "Денис", "Алексеевич", SECONDARY_VOCATIONAL, ago(2, 8), OPERATOR, 3, groupTwo)
                .trained(PROFESSIONAL_TRAINING, BASIC_COURSE, ago(2, 7), 72)
                .trained(UPSKILLING, SERVICE_COURSE, ago(1, 3), 36).person(), DemoAccounts.AGENT2);
        Person mentor = hire("Ковалёва", "Татьяна", "Юрьевна", HIGHER_SPECIALIST, ago(6, 6), OPERATOR, 3, groupTwo)
                .trained(PROFESSIONAL_TRAINING, BASIC_COURSE, ago(6, 5), 72)
                .promoted(SENIOR_OPERATOR, 3, ago(3, 0))
                .trained(SHORT_TRAINING, MENTORING_COURSE, ago(2, 11), 16)
                .trained(UPSKILLING, SERVICE_COURSE, ago(0, 7), 36)
                .person();
        account(mentor, Role.MENTOR, Role.AGENT);
        agent(hire("Ильин", "Станислав", "Викторович", SECONDARY_GENERAL, ago(1, 5), OPERATOR, 3, groupTwo)
                .trained(PROFESSIONAL_TRAINING, BASIC_COURSE, ago(1, 4), 72));
        agent(hire("Жукова", "Анастасия", "Игоревна", HIGHER_BACHELOR, ago(3, 8), OPERATOR, 3, groupTwo)
                .trained(PROFESSIONAL_TRAINING, BASIC_COURSE, ago(3, 7), 72)
                .trained(UPSKILLING, SERVICE_COURSE, ago(3, 2), 36));
        agent(hire("Макаров", "Евгений", "Олегович", SECONDARY_VOCATIONAL, ago(2, 0), OPERATOR, 3, groupOne)
                .trained(PROFESSIONAL_TRAINING, BASIC_COURSE, ago(1, 11), 72)
                .transferred(groupTwo, ago(1, 0)));
        Person romanova = agent(hire("Романова", "Полина", "Сергеевна", SECONDARY_GENERAL, ago(0, 7), OPERATOR, 3,
                groupTwo)
                .trained(PROFESSIONAL_TRAINING, BASIC_COURSE, ago(0, 6), 72));
        mentorships.add(new Mentorship(mentor, romanova, ago(0, 7), ago(0, 4)));
        agent(hire("Сергеев", "Глеб", "Николаевич", HIGHER_BACHELOR, ago(4, 5), OPERATOR, 3, groupTwo)
                .trained(PROFESSIONAL_TRAINING, BASIC_COURSE, ago(4, 4), 72)
                .promoted(SENIOR_OPERATOR, 3, ago(1, 0)));
        agent(hire("Алексеева", "Вероника", "Андреевна", SECONDARY_VOCATIONAL, ago(3, 0), OPERATOR, 3, groupTwo)
                .trained(PROFESSIONAL_TRAINING, BASIC_COURSE, ago(2, 11), 72)
                .left(ago(0, 4)));
        return mentor;
    }

    /** The sales group; returns its mentor. */
    private Person sales() {
        Person supervisor = hire("Зайцев", "Олег", "Владимирович", HIGHER_BACHELOR, ago(5, 0), OPERATOR, 3, groupOne)
                .trained(PROFESSIONAL_TRAINING, BASIC_COURSE, ago(4, 11), 72)
                .trained(UPSKILLING, SALES_COURSE, ago(3, 9), 36)
                .promoted(SENIOR_OPERATOR, 3, ago(3, 0))
                .transferred(sales, ago(3, 0))
                .promoted(TEAM_LEADER, 5, ago(1, 3))
                .person();
        account(supervisor, Role.MANAGER);
        supervisors.put(sales, supervisor);
        Person mentor = hire("Фролова", "Ирина", "Геннадьевна", SECONDARY_VOCATIONAL, ago(7, 0), OPERATOR, 3, sales)
                .trained(PROFESSIONAL_TRAINING, BASIC_COURSE, ago(6, 11), 72)
                .promoted(SENIOR_OPERATOR, 3, ago(4, 0))
                .trained(SHORT_TRAINING, MENTORING_COURSE, ago(3, 10), 16)
                .trained(UPSKILLING, SALES_COURSE, ago(1, 6), 36)
                .person();
        account(mentor, Role.MENTOR, Role.AGENT);
        agent(hire("Виноградов", "Илья", "Сергеевич", SECONDARY_GENERAL, ago(2, 9), OPERATOR, 3, sales)
                .trained(PROFESSIONAL_TRAINING, BASIC_COURSE, ago(2, 8), 72));
        agent(hire("Комарова", "Валерия", "Дмитриевна", SECONDARY_GENERAL, ago(1, 1), OPERATOR, 3, sales)
                .trained(PROFESSIONAL_TRAINING, BASIC_COURSE, ago(1, 0), 72));
        agent(hire("Киселева", "Мария", "Константиновна", HIGHER_BACHELOR, ago(3, 3), OPERATOR, 3, groupTwo)
                .trained(PROFESSIONAL_TRAINING, BASIC_COURSE, ago(3, 2), 72)
                .transferred(sales, ago(2, 0))
                .trained(UPSKILLING, SALES_COURSE, ago(1, 11), 36));
        agent(hire("Соловьёв", "Антон", "Павлович", SECONDARY_VOCATIONAL, ago(0, 10), OPERATOR, 3, sales)
                .trained(PROFESSIONAL_TRAINING, BASIC_COURSE, ago(0, 9), 72));
        agent(hire("Дмитриева", "Елизавета", "Романовна", HIGHER_SPECIALIST, ago(4, 0), OPERATOR, 3, sales)
                .trained(PROFESSIONAL_TRAINING, BASIC_COURSE, ago(3, 11), 72)
                .trained(UPSKILLING, SALES_COURSE, ago(3, 5), 36));
        return mentor;
    }

    /** Second-line technical support; returns its supervisor, who also heads the Line 2 department. */
    private Person techSupport() {
        Person supervisor = hire("Богданов", "Вадим", "Геннадьевич", HIGHER_SPECIALIST, ago(9, 0), SUPPORT_SPECIALIST,
                3, techSupport)
                .trained(PROFESSIONAL_TRAINING, BASIC_COURSE, ago(8, 11), 72)
                .promoted(LEAD_SUPPORT_SPECIALIST, 4, ago(6, 0))
                .promoted(TEAM_LEADER, 5, ago(4, 0))
                .trained(UPSKILLING, TEAM_LEADER_COURSE, ago(1, 0), 72)
                .person();
        account(supervisor, Role.MANAGER);
        supervisors.put(techSupport, supervisor);
        agent(hire("Чернов", "Михаил", "Андреевич", HIGHER_BACHELOR, ago(3, 6), SUPPORT_SPECIALIST, 3, techSupport)
                .trained(PROFESSIONAL_TRAINING, BASIC_COURSE, ago(3, 5), 72)
                .trained(UPSKILLING, SUPPORT_COURSE, ago(2, 4), 40));
        agent(hire("Полякова", "Анна", "Владимировна", SECONDARY_VOCATIONAL, ago(2, 4), SUPPORT_SPECIALIST, 3,
                techSupport)
                .trained(PROFESSIONAL_TRAINING, BASIC_COURSE, ago(2, 3), 72));
        agent(hire("Воробьёв", "Сергей", "Ильич", HIGHER_MASTER, ago(5, 0), SUPPORT_SPECIALIST, 3, techSupport)
                .trained(PROFESSIONAL_TRAINING, BASIC_COURSE, ago(4, 11), 72)
                .trained(UPSKILLING, SUPPORT_COURSE, ago(3, 8), 40)
                .promoted(LEAD_SUPPORT_SPECIALIST, 4, ago(2, 0)));
        agent(hire("Герасимова", "Кристина", "Олеговна", SECONDARY_VOCATIONAL, ago(1, 4), OPERATOR, 3, groupTwo)
                .trained(PROFESSIONAL_TRAINING, BASIC_COURSE, ago(1, 3), 72)
                .promoted(SUPPORT_SPECIALIST, 3, ago(0, 8))
                .transferred(techSupport, ago(0, 8))
                .trained(UPSKILLING, SUPPORT_COURSE, ago(0, 6), 40));
        agent(hire("Титов", "Арсений", "Максимович", SECONDARY_VOCATIONAL, ago(0, 11), SUPPORT_SPECIALIST, 3,
                techSupport)
                .trained(PROFESSIONAL_TRAINING, BASIC_COURSE, ago(0, 10), 72));
        agent(hire("Лазарева", "Ольга", "Ивановна", HIGHER_BACHELOR, ago(6, 0), SUPPORT_SPECIALIST, 3, techSupport)
                .trained(PROFESSIONAL_TRAINING, BASIC_COURSE, ago(5, 11), 72)
                .trained(UPSKILLING, SUPPORT_COURSE, ago(2, 2), 40));
        return supervisor;
    }

    /** An operator hired {@code daysAgo} days ago into the adaptation sub-team, past the induction course. */
    private Person trainee(String lastName, String firstName, String middleName, EducationLevel education,
                           int daysAgo) {
        LocalDate hired = today.minusDays(daysAgo);
        return hire(lastName, firstName, middleName, education, hired, OPERATOR, 3, adaptation)
                .trained(SHORT_TRAINING, INDUCTION, hired.plusDays(7), 24)
                .person();
    }

    /** A new person in their first position and team, both from the hire date. */
    private Career hire(String lastName, String firstName, String middleName, EducationLevel education,
                        LocalDate hired, String title, Integer level, Team team) {
        Person person = new Person(lastName, firstName, middleName, DemoEmails.address(firstName, lastName), hired);
        int number = people.size() + 1;
        person.describe(String.valueOf(10000 + number), String.format("+7 (495) 000-10-%02d", number), hired,
                education);
        person.assignPosition(title, level, hired);
        person.moveToTeam(team, hired);
        people.add(person);
        return new Career(person);
    }

    private Person agent(Career career) {
        return agent(career.person());
    }

    private Person agent(Person person) {
        return account(person, Role.AGENT);
    }

    private Person account(Person person, Role first, Role... more) {
        String email = person.getEmail();
        accounts.add(new DemoCentre.AccountPlan(email.substring(0, email.indexOf('@')), EnumSet.of(first, more),
                person));
        return person;
    }

    private void documented(Person person, String username) {
        accounts.add(new DemoCentre.AccountPlan(username, DemoAccounts.documented(username).roles(), person));
    }

    /** Teams in an order where each parent comes before its sub-teams. */
    private Map<Team, Person> orderedSupervisors() {
        Map<Team, Person> ordered = new LinkedHashMap<>();
        for (Team team : List.of(management, groupOne, adaptation, groupTwo, sales, techSupport)) {
            ordered.put(team, supervisors.get(team));
        }
        return ordered;
    }

    private LocalDate ago(int years, int months) {
        return today.minusYears(years).minusMonths(months);
    }
}
