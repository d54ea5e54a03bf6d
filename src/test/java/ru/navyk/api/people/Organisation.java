package ru.navyk.api.people;

import static ru.navyk.testsupport.Api.object;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import ru.navyk.testsupport.Api;
import ru.navyk.testsupport.PortalServer;
import tools.jackson.databind.JsonNode;

/**
 * A small contact centre that the administrator builds through the API (HTTP Basic) once per test run, with names
 * of its own so it never meets the demo organisation or other tests' data:
 * <pre>
 * department D
 * ├── team T1 (supervisor: manager)  agent1, agent2      accounts AGENT, AGENT
 * │   └── team T1-sub                sub                 (no account)
 * └── team T2                        mentor              account MENTOR + AGENT
 *                                    trainee             mentored by mentor since 2024 (running)
 *                                    former              mentored by mentor in 2023 (ended)
 *                                    other               nobody's trainee
 * no team                            manager, hr         accounts MANAGER, HR
 * </pre>
 * Role callers use personal tokens, each created with the account's password: a Basic login costs one PBKDF2
 * verification (a fifth of a second), and the authorization matrix makes hundreds of calls.
 */
final class Organisation {

    private static Organisation instance;

    final String suffix = UUID.randomUUID().toString().substring(0, 8);
    final PortalServer portal = PortalServer.get();
    final Api admin = Api.basic(portal, "admin", PortalServer.ADMIN_PASSWORD);
    final long department;
    final long team1;
    final long subTeam;
    final long team2;
    final long runningMentorship;
    final long endedMentorship;
    private final Map<String, Member> members = new LinkedHashMap<>();

    /** A person of the organisation; account fields are null for people without one. */
    record Member(String key, long id, String lastName, String email, Long accountId, String username,
                  String password, Api basic, Api api) {
    }

    private Organisation() {
        department = admin.post("/api/departments", object("name", "Отдел " + suffix)).expect(201).get("id").asLong();
        Member manager = hire("manager", "Смирнова", null, "Руководитель группы", "MANAGER");
        team1 = team("Группа 1 " + suffix, null, manager.id());
        subTeam = team("Подгруппа 1 " + suffix, team1, null);
        team2 = team("Группа 2 " + suffix, null, null);
        hire("agent1", "Иванов", team1, "Специалист", "AGENT");
        hire("agent2", "Петрова", team1, "Специалист", "AGENT");
        hire("sub", "Сидоров", subTeam, "Специалист");
        Member mentor = hire("mentor", "Кузнецова", team2, "Наставник", "MENTOR", "AGENT");
        Member trainee = hire("trainee", "Новиков", team2, "Стажер");
        Member former = hire("former", "Орлова", team2, "Специалист");
        hire("other", "Волков", team2, "Специалист");
        hire("hr", "Федорова", null, "Специалист по персоналу", "HR");
        runningMentorship = admin.post("/api/mentorships", object("mentorId", mentor.id(), "traineeId", trainee.id(),
                "from", "2024-01-01")).expect(201).get("id").asLong();
        endedMentorship = admin.post("/api/mentorships", object("mentorId", mentor.id(), "traineeId", former.id(),
                "from", "2023-01-01", "to", "2023-12-31")).expect(201).get("id").asLong();
    }

    static synchronized Organisation get() {
        if (instance == null) {
            instance = new Organisation();
        }
        return instance;
    }

    Member member(String key) {
        Member member = members.get(key);
        if (member == null) {
            throw new IllegalArgumentException("no member " + key);
        }
        return member;
    }

    /** The caller acting as {@code key}: {@code admin} or a member with an account. */
    Api caller(String key) {
        return key.equals("admin") ? admin : member(key).api();
    }

    /**
     * A unique e-mail address for people that tests hire themselves; it does not contain {@link #suffix}, so
     * searching for the suffix finds exactly the organisation's members.
     */
    static String email(String local) {
        return local + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example.ru";
    }

    /** A unique name (of a team, a username) for what tests create themselves. */
    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The body of a new person with the required fields. */
    Map<String, Object> personForm(String lastName, String email, Long teamId) {
        return object("lastName", lastName, "firstName", "Тест", "middleName", null, "email", email,
                "hireDate", "2020-01-15", "positionTitle", "Специалист", "qualificationLevel", 3, "teamId", teamId);
    }

    private long team(String name, Long parentId, Long supervisorId) {
        return admin.post("/api/teams", object("name", name, "departmentId", department, "parentId", parentId,
                "supervisorId", supervisorId)).expect(201).get("id").asLong();
    }

    private Member hire(String key, String lastName, Long teamId, String position, String... roles) {
        String email = key + "-" + suffix + "@example.ru";
        Map<String, Object> form = personForm(lastName, email, teamId);
        form.put("positionTitle", position);
        long id = admin.post("/api/people", form).expect(201).get("id").asLong();
        Member member = new Member(key, id, lastName, email, null, null, null, null, null);
        if (roles.length > 0) {
            String username = key + "-" + suffix;
            String password = "Pass-" + suffix + "-" + key;
            JsonNode account = admin.post("/api/people/" + id + "/account",
                    object("username", username, "roles", List.of(roles), "password", password)).expect(201);
            Api basic = Api.basic(portal, username, password);
            String token = basic.post("/api/me/tokens", object("name", "tests")).expect(201).get("token")
                    .asString();
            member = new Member(key, id, lastName, email, account.get("account").get("id").asLong(), username,
                    password, basic, Api.bearer(portal, token));
        }
        members.put(key, member);
        return member;
    }

    List<Member> members() {
        return new ArrayList<>(members.values());
    }
}
