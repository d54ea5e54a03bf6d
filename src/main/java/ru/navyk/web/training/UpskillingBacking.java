package ru.navyk.web.training;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import ru.navyk.application.training.TrainingNeedsService;
import ru.navyk.application.training.TrainingNeedsService.TeamChoice;
import ru.navyk.application.training.TrainingViews.UpskillingRow;
import ru.navyk.application.training.UpskillingService;
import ru.navyk.domain.shared.RuleViolationException;
import ru.navyk.web.Messages;

/**
 * Serves {@code /training/upskilling.xhtml}: a team's upskilling against «не реже одного раза в три года», and HR's
 * form for recording a completed programme with its document.
 */
@Named
@ViewScoped
public class UpskillingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private UpskillingService upskilling;

    @Inject
    private TrainingNeedsService needs;

    @Inject
    private Messages messages;

    private List<TeamChoice> teams;
    private Long teamId;
    private List<UpskillingRow> rows = List.of();
    private Long personId;
    private String title;
    private LocalDate completedOn;
    private Integer hours;
    private String fileName;
    private byte[] document;

    @PostConstruct
    void init() {
        teams = needs.teams();
        if (!teams.isEmpty()) {
            teamId = teams.get(0).id();
            show();
        }
    }

    public void show() {
        rows = teamId == null ? List.of() : upskilling.team(teamId);
    }

    public void upload(FileUploadEvent event) {
        document = event.getFile().getContent();
        fileName = event.getFile().getFileName();
    }

    public void record() {
        if (Actions.run(messages, "record", () -> {
            if (personId == null) {
                throw new RuleViolationException("personId", "rule.required");
            }
            upskilling.record(personId, title, completedOn, hours, fileName, document);
        })) {
            messages.info("general.saved");
            title = null;
            completedOn = null;
            hours = null;
            document = null;
            fileName = null;
            show();
        }
    }

    public List<TeamChoice> getTeams() {
        return teams;
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    public List<UpskillingRow> getRows() {
        return rows;
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public void setCompletedOn(LocalDate completedOn) {
        this.completedOn = completedOn;
    }

    public Integer getHours() {
        return hours;
    }

    public void setHours(Integer hours) {
        this.hours = hours;
    }

    public String getFileName() {
        return fileName;
    }
}
