package ru.navyk.web.qualification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import ru.navyk.application.people.CurrentUser;
import ru.navyk.application.qualification.OrganisationService;
import ru.navyk.domain.people.Role;

/** Which qualification links the page frame shows the caller; a courtesy only, the services check again. */
@Named("qualificationNav")
@RequestScoped
public class QualificationNavigation {

    @Inject
    private CurrentUser currentUser;

    @Inject
    private OrganisationService organisation;

    private Boolean organisationAllowed;

    /** Managers, HR and administrators have a team matrix. */
    public boolean isMatrix() {
        return currentUser.optionalViewer().map(v -> v.hasAny(Role.MANAGER, Role.HR, Role.ADMIN)).orElse(false);
    }

    /** HR, administrators and heads of departments have the organisation view. */
    public boolean isOrganisation() {
        if (organisationAllowed == null) {
            organisationAllowed = organisation.mayView();
        }
        return organisationAllowed;
    }

    /** The language of the page being rendered, for services that phrase texts. */
    public static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context == null || context.getViewRoot() == null ? Locale.forLanguageTag("ru")
                : context.getViewRoot().getLocale();
    }
}
