package ru.navyk.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ru.navyk.application.people.CurrentUser;
import ru.navyk.application.people.Viewer;
import ru.navyk.domain.people.Role;

/**
 * What the page frame shows the caller. Hiding a link is only a courtesy: every service checks roles and objects
 * again.
 */
@Named("navigation")
@RequestScoped
public class NavigationBacking {

    @Inject
    private CurrentUser currentUser;

    @Inject
    @ConfigProperty(name = "navyk.demo", defaultValue = "false")
    private boolean demo;

    private Optional<Viewer> viewer() {
        return currentUser.optionalViewer();
    }

    public boolean isLoggedIn() {
        return viewer().isPresent();
    }

    public String getUsername() {
        return viewer().map(Viewer::username).orElse("");
    }

    public boolean isAdmin() {
        return viewer().map(v -> v.has(Role.ADMIN)).orElse(false);
    }

    public boolean isHr() {
        return viewer().map(v -> v.hasAny(Role.ADMIN, Role.HR)).orElse(false);
    }

    /** HR, administrators and managers: hiring (managers read their teams' vacancies). */
    public boolean isHiring() {
        return viewer().map(v -> v.hasAny(Role.ADMIN, Role.HR, Role.MANAGER)).orElse(false);
    }

    /** Everyone who may see someone besides themselves. */
    public boolean isSeesPeople() {
        return viewer().map(v -> v.hasAny(Role.ADMIN, Role.HR, Role.MANAGER, Role.MENTOR)).orElse(false);
    }

    /** Managers, HR and administrators organise training: assignments, needs, plans, requests, upskilling. */
    public boolean isTrainingOrganiser() {
        return viewer().map(v -> v.hasAny(Role.ADMIN, Role.HR, Role.MANAGER)).orElse(false);
    }

    public boolean isManager() {
        return viewer().map(v -> v.has(Role.MANAGER)).orElse(false);
    }

    public boolean isMentor() {
        return viewer().map(v -> v.has(Role.MENTOR)).orElse(false);
    }

    /** Everyone who takes part in mentoring: mentors, managers, HR and administrators. */
    public boolean isSeesMentoring() {
        return viewer().map(v -> v.hasAny(Role.ADMIN, Role.HR, Role.MANAGER, Role.MENTOR)).orElse(false);
    }

    public boolean isDemo() {
        return demo;
    }
}
