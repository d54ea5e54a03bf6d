package ru.navyk.web.mentoring;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import ru.navyk.application.mentoring.EffectivenessService;
import ru.navyk.application.mentoring.EffectivenessService.MentorChoice;
import ru.navyk.application.mentoring.MentoringViews.EffectivenessView;
import ru.navyk.application.people.CurrentUser;
import ru.navyk.domain.shared.NotFoundException;
import ru.navyk.web.Pages;

/**
 * Serves {@code /mentoring/effectiveness.xhtml?mentor=…}: a mentor's effectiveness report — the mentor's own (without
 * single feedback answers), or, for HR and the mentor's managers, with each trainee's feedback. Without a mentor: the
 * caller's own report if they mentor, and the mentors the caller may open.
 */
@Named
@RequestScoped
public class EffectivenessBacking {

    @Inject
    private EffectivenessService effectiveness;

    @Inject
    private CurrentUser currentUser;

    private Long mentor;
    private EffectivenessView report;
    private List<MentorChoice> mentors;

    /** View action. */
    public void load() {
        mentors = effectiveness.mentorsInScope();
        Long shown = mentor != null ? mentor : currentUser.viewer().personId();
        if (shown == null) {
            return;
        }
        try {
            report = effectiveness.reportFor(shown);
        } catch (NotFoundException e) {
            if (mentor != null) {
                Pages.notFound();
            }
        }
    }

    public Long getMentor() {
        return mentor;
    }

    public void setMentor(Long mentor) {
        this.mentor = mentor;
    }

    public EffectivenessView getReport() {
        return report;
    }

    public List<MentorChoice> getMentors() {
        return mentors;
    }
}
