package ru.navyk.benchmark.data;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a generated person does in the centre: their position title, qualification level (3 operators, 4 specialists,
 * 5 supervisors, 6 the head; HR and IT have none), the shipped job profile describing the position, and their roles.
 */
enum Kind {
    HEAD("Руководитель контактного центра", 6, "centre-head", "E", EnumSet.of(Role.MANAGER)),
    ADMIN("Администратор информационных систем", null, null, null, EnumSet.of(Role.ADMIN)),
    HR("Специалист по персоналу", null, null, null, EnumSet.of(Role.HR)),
    QUALITY("Специалист по контролю качества", 4, "quality-specialist", "B", EnumSet.of(Role.AGENT)),
    PLANNER("Специалист по планированию ресурсов", 4, "resource-planner", "C", EnumSet.of(Role.AGENT)),
    SUPERVISOR("Руководитель группы", 5, "team-lead", "D", EnumSet.of(Role.MANAGER)),
    MENTOR("Старший оператор", 3, "operator", "A", EnumSet.of(Role.MENTOR, Role.AGENT)),
    AGENT("Оператор контакт-центра", 3, "operator", "A", EnumSet.of(Role.AGENT)),
    TRAINEE("Оператор контакт-центра", 3, "operator", "A", EnumSet.of(Role.AGENT));

    /** The portal's roles (ru.navyk.domain.people.Role), as stored in account_role. */
    enum Role { ADMIN, HR, MANAGER, MENTOR, AGENT }

    final String title;
    final Integer level;
    final String profileCode;
    final String functionCode;
    final Set<Role> roles;

    Kind(String title, Integer level, String profileCode, String functionCode, Set<Role> roles) {
        this.title = title;
        this.level = level;
        this.profileCode = profileCode;
        this.functionCode = functionCode;
        this.roles = roles;
    }

    boolean isOperator() {
        return this == AGENT || this == MENTOR || this == TRAINEE;
    }
}
