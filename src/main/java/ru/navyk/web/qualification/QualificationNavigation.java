package ru.navyk.web.qualification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import ru.navyk.application.people.CurrentUser;
import ru.navyk.application.qualification.OrganisationService;
import ru.navyk.domain.people.Role;
import ru.navyk.web.LocaleBacking;

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

    /**
     * The viewer's language, for services that phrase texts. Read from the session's choice, not the view root: view
     * actions run before the layout's {@code f:view locale} applies, when the view root still has the browser's.
     */
    public static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context == null) {
            return Locale.forLanguageTag("ru");
        }
        LocaleBacking chosen = context.getApplication().evaluateExpressionGet(context, "#{localeBacking}",
                LocaleBacking.class);
        return chosen == null ? Locale.forLanguageTag("ru") : chosen.getLocale();
    }
}
