package ru.navyk.web.hr;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import ru.navyk.application.hiring.CandidateService;
import ru.navyk.application.hiring.HiringViews.CandidateSummary;
import ru.navyk.application.hiring.HiringViews.VacancyView;
import ru.navyk.application.hiring.VacancyForm;
import ru.navyk.application.hiring.VacancyService;
import ru.navyk.application.people.PeopleViews.TeamView;
import ru.navyk.application.people.TeamService;
import ru.navyk.domain.shared.AccessDeniedException;
import ru.navyk.domain.shared.ConcurrentEditException;
import ru.navyk.domain.shared.NotFoundException;
import ru.navyk.domain.shared.RuleViolationException;
import ru.navyk.web.Messages;
import ru.navyk.web.Pages;

/**
 * Serves {@code /hr/vacancies/view.xhtml?id=…}: the vacancy and its candidates ranked by fit with the reasons, the
 * rule explained; HR changes the vacancy, closes or reopens it and adds candidates.
 */
@Named
@ViewScoped
public class VacancyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private VacancyService vacancies;

    @Inject
    private CandidateService candidates;

    @Inject
    private TeamService teams;

    @Inject
    private Messages messages;

    private Long id;
    private VacancyView vacancy;
    private List<CandidateSummary> ranked;
    private Long teamId;
    private Integer openings;
    private Long hiringManagerId;
    private String note;

    /** View action. */
    public void load() {
        if (id == null) {
            Pages.notFound();
            return;
        }
        try {
            reload();
            if (!FacesContext.getCurrentInstance().isPostback()) {
                teamId = vacancy.teamId();
                openings = vacancy.openings();
                hiringManagerId = vacancy.hiringManagerId();
                note = vacancy.note();
            }
        } catch (NotFoundException e) {
            Pages.notFound();
        }
    }

    private void reload() {
        vacancy = vacancies.get(id);
        ranked = candidates.ranked(id);
    }

    public void save() {
        run(() -> vacancies.update(id, vacancy.version(), new VacancyForm(null, teamId, openings, hiringManagerId,
                note)));
    }

    public void close() {
        run(() -> vacancies.close(id, vacancy.version()));
    }

    public void reopen() {
        run(() -> vacancies.reopen(id, vacancy.version()));
    }

    private void run(Runnable change) {
        try {
            change.run();
            reload();
            messages.info("general.saved");
        } catch (RuleViolationException e) {
            messages.rule("vacancy", e);
        } catch (ConcurrentEditException e) {
            reload();
            messages.add(null, FacesMessage.SEVERITY_WARN, "general.concurrentEdit");
        } catch (AccessDeniedException e) {
            messages.add(null, FacesMessage.SEVERITY_ERROR, "api.forbidden");
        }
    }

    public List<TeamView> getTeamChoices() {
        return teams.activeTeams();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public VacancyView getVacancy() {
        return vacancy;
    }

    public List<CandidateSummary> getRanked() {
        return ranked;
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
