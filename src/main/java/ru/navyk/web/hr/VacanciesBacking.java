package ru.navyk.web.hr;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import ru.navyk.application.hiring.HiringViews.VacancyView;
import ru.navyk.application.hiring.VacancyForm;
import ru.navyk.application.hiring.VacancyService;
import ru.navyk.application.people.CurrentUser;
import ru.navyk.application.people.PeopleViews.TeamView;
import ru.navyk.application.people.TeamService;
import ru.navyk.application.profile.JobProfileService;
import ru.navyk.application.profile.JobProfileViews.JobProfileSummary;
import ru.navyk.domain.hiring.VacancyStatus;
import ru.navyk.domain.people.Role;
import ru.navyk.domain.shared.NotFoundException;
import ru.navyk.domain.shared.RuleViolationException;
import ru.navyk.web.Messages;
import ru.navyk.web.Pages;

/**
 * Serves {@code /hr/vacancies/index.xhtml}: the vacancies the viewer may see (paged on the server), and for HR the
 * form that opens a vacancy from a job profile's current version ({@code ?profile=…} preselects the profile).
 */
@Named
@ViewScoped
public class VacanciesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private VacancyService vacancies;

    @Inject
    private JobProfileService profiles;

    @Inject
    private TeamService teams;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Messages messages;

    private String text;
    private VacancyStatus status = VacancyStatus.OPEN;
    private Long profileId;
    private Long teamId;
    private Integer openings = 1;
    private Long hiringManagerId;
    private String note;
    private List<JobProfileSummary> profileChoices;
    private List<TeamView> teamChoices;
    private final LazyDataModel<VacancyView> model = new VacancyModel();

    /** View action: HR, administrators and managers; anyone else gets the same 404 as for a missing page. */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (!currentUser.viewer().hasAny(Role.ADMIN, Role.HR, Role.MANAGER)) {
            Pages.notFound();
        }
    }

    /** {@code ?profile=…} preselects the profile of the vacancy to open. */
    public Long getProfileParam() {
        return profileId;
    }

    public void setProfileParam(Long profileParam) {
        if (profileParam != null) {
            this.profileId = profileParam;
        }
    }

    public void open() {
        try {
            long id = vacancies.open(new VacancyForm(profileId, teamId, openings, hiringManagerId, note));
            Pages.redirect("/hr/vacancies/view.xhtml?id=" + id);
        } catch (RuleViolationException e) {
            messages.rule("vacancy", e);
        } catch (NotFoundException e) {
            Pages.notFound();
        }
    }

    /** A changed filter starts again at the first page. */
    public void firstPage() {
        var table = (org.primefaces.component.datatable.DataTable) FacesContext.getCurrentInstance().getViewRoot()
                .findComponent(":vacancies:list");
        if (table != null) {
            table.setFirst(0);
        }
    }

    public List<JobProfileSummary> getProfileChoices() {
        if (profileChoices == null) {
            profileChoices = profiles.list().stream().filter(p -> p.active() && p.currentVersionId() != null)
                    .toList();
        }
        return profileChoices;
    }

    public List<TeamView> getTeamChoices() {
        if (teamChoices == null) {
            teamChoices = teams.activeTeams();
        }
        return teamChoices;
    }

    /** The teams' supervisors, the usual hiring managers: id → name. */
    public Map<String, Long> getManagerChoices() {
        Map<String, Long> managers = new LinkedHashMap<>();
        getTeamChoices().stream().filter(t -> t.supervisorId() != null)
                .forEach(t -> managers.putIfAbsent(t.supervisorName(), t.supervisorId()));
        return managers;
    }

    public VacancyStatus[] getStatuses() {
        return VacancyStatus.values();
    }

    public LazyDataModel<VacancyView> getModel() {
        return model;
    }

    private final class VacancyModel extends LazyDataModel<VacancyView> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) vacancies.search(text, status, 0, 1).total();
        }

        @Override
        public List<VacancyView> load(int first, int pageSize, Map<String, SortMeta> sort,
                                      Map<String, FilterMeta> filters) {
            var page = vacancies.search(text, status, first, pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(VacancyView vacancy) {
            return String.valueOf(vacancy.id());
        }

        @Override
        public VacancyView getRowData(String rowKey) {
            return null;
        }
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public VacancyStatus getStatus() {
        return status;
    }

    public void setStatus(VacancyStatus status) {
        this.status = status;
    }

    public Long getProfileId() {
        return profileId;
    }

    public void setProfileId(Long profileId) {
        this.profileId = profileId;
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    public Integer getOpenings() {
        return openings;
    }

    public void setOpenings(Integer openings) {
        this.openings = openings;
    }

    public Long getHiringManagerId() {
        return hiringManagerId;
    }

    public void setHiringManagerId(Long hiringManagerId) {
        this.hiringManagerId = hiringManagerId;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
