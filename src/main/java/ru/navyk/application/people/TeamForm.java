package ru.navyk.application.people;

/** The editable data of a team; department, parent team and supervisor are optional. */
public record TeamForm(String name, Long departmentId, Long parentId, Long supervisorId) {
}
