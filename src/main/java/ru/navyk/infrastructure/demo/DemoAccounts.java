package ru.navyk.infrastructure.demo;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import ru.navyk.domain.people.Role;

/**
 * The accounts of the demo centre that README.md documents, with the one password all demo accounts share. The
 * password is public on purpose: it exists only in a database that was empty when the portal started with
 * {@code NAVYK_DEMO=true}. Every other person of the demo centre has an account too, named like the local part of
 * their e-mail ({@code a.lebedev}), with the same password and the roles of their job.
 */
public final class DemoAccounts {

    /** The password of every demo account. */
    public static final String PASSWORD = "navyk-demo-2026";

    public static final String HEAD = "demo.head";
    public static final String SUPERVISOR = "demo.supervisor";
    public static final String HR = "demo.hr";
    public static final String MENTOR = "demo.mentor";
    public static final String AGENT = "demo.agent";
    public static final String AGENT2 = "demo.agent2";
    public static final String TRAINEE = "demo.trainee";
    public static final String ADMIN = "demo.admin";

    /** The account of the former employee: deactivated, so it cannot log in. */
    public static final String FORMER_EMPLOYEE = "v.alekseeva";

    /**
     * One documented account and the person behind it.
     *
     * @param fullName «фамилия имя отчество» of the person
     * @param team     the person's current team
     */
    public record DemoAccount(String username, Set<Role> roles, String fullName, String team) {

        public DemoAccount {
            roles = Set.copyOf(roles);
        }
    }

    /** The documented accounts, from the head of the centre down to the trainee, then the administrator. */
    public static final List<DemoAccount> DOCUMENTED = List.of(
            new DemoAccount(HEAD, EnumSet.of(Role.MANAGER), "Соколова Елена Викторовна", DemoCentre.MANAGEMENT),
            new DemoAccount(SUPERVISOR, EnumSet.of(Role.MANAGER), "Морозов Игорь Сергеевич", DemoCentre.GROUP_1),
            new DemoAccount(HR, EnumSet.of(Role.HR), "Новикова Ольга Дмитриевна", DemoCentre.MANAGEMENT),
            new DemoAccount(MENTOR, EnumSet.of(Role.MENTOR, Role.AGENT), "Павлова Наталья Андреевна",
                    DemoCentre.GROUP_1),
            new DemoAccount(AGENT, EnumSet.of(Role.AGENT), "Кузнецов Алексей Викторович", DemoCentre.GROUP_1),
            new DemoAccount(AGENT2, EnumSet.of(Role.AGENT), "Смирнов Денис Алексеевич", DemoCentre.GROUP_2),
            new DemoAccount(TRAINEE, EnumSet.of(Role.AGENT), "Белов Никита Романович", DemoCentre.ADAPTATION),
            new DemoAccount(ADMIN, EnumSet.of(Role.ADMIN), "Васильев Дмитрий Олегович", DemoCentre.MANAGEMENT));

    private DemoAccounts() {
    }

    /** The documented account named {@code username}. */
    public static DemoAccount documented(String username) {
        return DOCUMENTED.stream().filter(a -> a.username().equals(username)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no documented demo account " + username));
    }
}
