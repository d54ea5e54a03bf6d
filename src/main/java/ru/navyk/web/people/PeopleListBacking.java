package ru.navyk.web.people;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import ru.navyk.application.people.PeopleService;
import ru.navyk.application.people.PeopleViews.PersonSummary;
import ru.navyk.application.people.PeopleViews.TeamView;
import ru.navyk.application.people.TeamService;

/**
 * Serves {@code /people/index.xhtml}: the people the viewer may see, searched and paged on the server, so a centre
 * of fifty thousand lists as fast as one of fifty.
 */
@Named
@ViewScoped
public class PeopleListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PeopleService people;

    @Inject
    private TeamService teams;

    private String text;
    private Long teamId;
    private boolean includeInactive;
    private List<TeamView> teamChoices;
    private final LazyDataModel<PersonSummary> model = new PeopleModel();

    @PostConstruct
    void init() {
        teamChoices = teams.activeTeams();
        String team = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap().get("team");
        if (team != null && team.matches("\\d{1,18}")) {
            teamId = Long.valueOf(team);
        }
    }

    /** A changed filter starts again at the first page, which always exists. */
    public void firstPage() {
        var table = (org.primefaces.component.datatable.DataTable) jakarta.faces.context.FacesContext
                .getCurrentInstance().getViewRoot().findComponent(":people:list");
        if (table != null) {
            table.setFirst(0);
        }
    }

    public LazyDataModel<PersonSummary> getModel() {
        return model;
    }

    private final class PeopleModel extends LazyDataModel<PersonSummary> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) people.search(text, teamId, includeInactive, 0, 1).total();
        }

        @Override
        public List<PersonSummary> load(int first, int pageSize, Map<String, SortMeta> sort,
                                        Map<String, FilterMeta> filters) {
            var page = people.search(text, teamId, includeInactive, first, pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(PersonSummary person) {
            return String.valueOf(person.id());
        }

        @Override
        public PersonSummary getRowData(String rowKey) {
            return null;
        }
    }

    public List<TeamView> getTeamChoices() {
        return teamChoices;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    public boolean isIncludeInactive() {
        return includeInactive;
    }

    public void setIncludeInactive(boolean includeInactive) {
        this.includeInactive = includeInactive;
    }
}
