package ru.navyk.web.training;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.navyk.application.training.AssignmentService;
import ru.navyk.application.training.TrainingViews.AssignmentReport;
import ru.navyk.domain.shared.NotFoundException;
import ru.navyk.web.Pages;

/** Serves {@code /training/assignment.xhtml?id=…}: who of the assignment completed, is in progress or is late. */
@Named
@RequestScoped
public class AssignmentReportBacking {

    @Inject
    private AssignmentService assignments;

    private Long id;
    private AssignmentReport report;

    /** View action. */
    public void load() {
        try {
            report = assignments.report(id == null ? -1 : id);
        } catch (NotFoundException e) {
            Pages.notFound();
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public AssignmentReport getReport() {
        return report;
    }
}
