package ru.navyk.web.mentoring;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;
import ru.navyk.application.mentoring.MentorLogService;
import ru.navyk.application.mentoring.MentoringViews.LogEntryView;
import ru.navyk.application.mentoring.MentoringViews.ProgressView;
import ru.navyk.application.mentoring.ProgressService;
import ru.navyk.domain.mentoring.ProgressOverTime;
import ru.navyk.domain.shared.NotFoundException;
import ru.navyk.web.Formats;
import ru.navyk.web.Messages;
import ru.navyk.web.Pages;

/**
 * Serves {@code /mentoring/progress.xhtml?person=…}: progress toward the job profile's required proficiency — a bar,
 * per labor function and item, and a weekly chart — with the mentor's log below; for the trainee, their mentor,
 * supervisors and HR (anyone else: 404).
 */
@Named
@RequestScoped
public class ProgressBacking {

    @Inject
    private ProgressService progressService;

    @Inject
    private MentorLogService log;

    @Inject
    private Formats formats;

    @Inject
    private Messages messages;

    private Long person;
    private ProgressView progress;
    private List<LogEntryView> entries;

    /** View action. */
    public void load() {
        if (person == null) {
            Pages.notFound();
            return;
        }
        try {
            progress = progressService.progressOf(person);
            entries = log.entriesOf(person);
        } catch (NotFoundException e) {
            Pages.notFound();
        }
    }

    /** The weekly points as a Chart.js line chart configuration (PrimeFaces {@code p:chart} renders it). */
    public String getChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        for (ProgressOverTime.Point point : progress.weekly()) {
            labels.add(formats.date(point.day()));
            values.add(point.percent());
        }
        return Json.createObjectBuilder()
                .add("type", "line")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("label", messages.text("mentoring.progress.chartLabel"))
                                .add("data", values)
                                .add("fill", false)
                                .add("borderColor", "#1f5fa8")
                                .add("tension", 0.2))))
                .add("options", Json.createObjectBuilder()
                        .add("animation", false)
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder()
                                .add("min", 0).add("max", 100))))
                .build().toString();
    }

    public Long getPerson() {
        return person;
    }

    public void setPerson(Long person) {
        this.person = person;
    }

    public ProgressView getProgress() {
        return progress;
    }

    public List<LogEntryView> getEntries() {
        return entries;
    }
}
