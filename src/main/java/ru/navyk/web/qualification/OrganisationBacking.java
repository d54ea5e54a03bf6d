package ru.navyk.web.qualification;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.Map;
import ru.navyk.application.qualification.OrganisationExport;
import ru.navyk.application.qualification.OrganisationService;
import ru.navyk.application.qualification.QualificationViews.OrganisationOverview;
import ru.navyk.domain.shared.AccessDeniedException;
import ru.navyk.web.Pages;

/**
 * Serves {@code /qualification/organisation.xhtml} for HR, administrators and heads of departments: levels by
 * function, the readiness pipeline and overdue upskilling, exportable to Excel and PDF. Everybody else gets a 404.
 */
@Named
@ViewScoped
public class OrganisationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OrganisationService organisation;

    private OrganisationOverview overview;

    /** View action. */
    public void load() {
        if (overview != null) {
            return;
        }
        try {
            overview = organisation.overview(QualificationNavigation.locale());
        } catch (AccessDeniedException e) {
            Pages.notFound();
        }
    }

    public void excel() throws IOException {
        OrganisationOverview fresh = organisation.overview(QualificationNavigation.locale());
        try (OutputStream out = download("navyk-organisation-" + fresh.asOf() + ".xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")) {
            new OrganisationExport(QualificationNavigation.locale()).excel(fresh, out);
        }
        FacesContext.getCurrentInstance().responseComplete();
    }

    public void pdf() throws IOException {
        OrganisationOverview fresh = organisation.overview(QualificationNavigation.locale());
        byte[] bytes = new OrganisationExport(QualificationNavigation.locale()).pdf(fresh);
        try (OutputStream out = download("navyk-organisation-" + fresh.asOf() + ".pdf", "application/pdf")) {
            out.write(bytes);
        }
        FacesContext.getCurrentInstance().responseComplete();
    }

    private static OutputStream download(String fileName, String contentType) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.responseReset();
        external.setResponseContentType(contentType);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        return external.getResponseOutputStream();
    }

    public OrganisationOverview getOverview() {
        return overview;
    }

    public Map<Integer, Long> getHoldersByLevel() {
        return overview == null ? Map.of() : overview.holdersByLevel();
    }

    public java.util.List<Integer> getLevels() {
        return overview == null ? java.util.List.of() : java.util.List.copyOf(overview.holdersByLevel().keySet());
    }
}
