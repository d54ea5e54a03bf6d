package ru.navyk.web.team;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import ru.navyk.application.qualification.QualificationViews.MatrixPage;
import ru.navyk.application.qualification.QualificationViews.MatrixQuery;
import ru.navyk.application.qualification.QualificationViews.TeamChoice;
import ru.navyk.application.qualification.TeamMatrixService;
import ru.navyk.domain.shared.AccessDeniedException;
import ru.navyk.web.Pages;
import ru.navyk.web.qualification.QualificationNavigation;

/**
 * Serves {@code /team/matrix.xhtml}: the people of the caller's teams against the labor functions of their job
 * profiles, with their levels and their readiness for a target level; filtered and paged on the server.
 */
@Named
@ViewScoped
public class MatrixBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 25;

    @Inject
    private TeamMatrixService matrix;

    private List<TeamChoice> teamChoices;
    private Long teamId;
    private String position;
    private Integer level;
    private boolean gapsOnly;
    private int targetLevel = 4;
    private int first;
    private MatrixPage page;

    /** View action: managers, HR and administrators see the matrix, everybody else a 404. */
    public void open() {
        if (page != null) {
            return;
        }
        try {
            teamChoices = matrix.teamChoices();
        } catch (AccessDeniedException e) {
            Pages.notFound();
            return;
        }
        load();
    }

    /** A changed filter starts again at the first page. */
    public void filter() {
        first = 0;
        load();
    }

    public void next() {
        if (first + PAGE_SIZE < page.total()) {
            first += PAGE_SIZE;
        }
        load();
    }

    public void previous() {
        first = Math.max(0, first - PAGE_SIZE);
        load();
    }

    private void load() {
        page = matrix.page(new MatrixQuery(teamId, position, level, gapsOnly, targetLevel), first, PAGE_SIZE,
                QualificationNavigation.locale());
    }

    public MatrixPage getPage() {
        return page;
    }

    public int getFirstShown() {
        return page == null || page.rows().isEmpty() ? 0 : first + 1;
    }

    public int getLastShown() {
        return page == null ? 0 : first + page.rows().size();
    }

    public boolean isHasNext() {
        return page != null && first + PAGE_SIZE < page.total();
    }

    public boolean isHasPrevious() {
        return first > 0;
    }

    public List<TeamChoice> getTeamChoices() {
        return teamChoices;
    }

    public List<Integer> getLevels() {
        return List.of(3, 4, 5, 6);
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public Integer getLevel() {
        return level;
    }

    public void setLevel(Integer level) {
        this.level = level;
    }

    public boolean isGapsOnly() {
        return gapsOnly;
    }

    public void setGapsOnly(boolean gapsOnly) {
        this.gapsOnly = gapsOnly;
    }

    public int getTargetLevel() {
        return targetLevel;
    }

    public void setTargetLevel(int targetLevel) {
        this.targetLevel = targetLevel;
    }
}
