package ru.navyk.web.probation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import ru.navyk.application.probation.ProbationService;
import ru.navyk.application.probation.ProbationViews.ProbationRow;

/** Serves {@code /probation/index.xhtml}: running probations of the people a manager or HR oversees. */
@Named
@RequestScoped
public class ProbationIndexBacking {

    /** Probations ending within this many days are highlighted. */
    public static final int SOON_DAYS = 14;

    @Inject
    private ProbationService probations;

    private List<ProbationRow> running;

    /** View action. */
    public void load() {
        running = probations.running();
    }

    public List<ProbationRow> getRunning() {
        return running;
    }

    public int getSoonDays() {
        return SOON_DAYS;
    }
}
