package ru.navyk.web.training;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import ru.navyk.application.training.CourseCatalogService;
import ru.navyk.application.training.LearningService;
import ru.navyk.application.training.TrainingViews.CourseView;
import ru.navyk.domain.shared.NotFoundException;
import ru.navyk.web.Messages;
import ru.navyk.web.Pages;

/** Serves {@code /training/course.xhtml?slug=…}: a course, its lessons, the viewer's progress and attempts. */
@Named
@ViewScoped
public class CourseBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CourseCatalogService catalogue;

    @Inject
    private LearningService learning;

    @Inject
    private Messages messages;

    private String slug;
    private CourseView course;

    /** View action. */
    public void load() {
        try {
            course = catalogue.course(slug);
        } catch (NotFoundException e) {
            Pages.notFound();
        }
    }

    /** Starts (or resumes) the test and opens it. */
    public void startTest() {
        long[] attempt = new long[1];
        if (Actions.run(messages, "test", () -> attempt[0] = learning.start(slug))) {
            Pages.redirect("/training/test.xhtml?attempt=" + attempt[0]);
        } else {
            course = catalogue.course(slug);
        }
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public CourseView getCourse() {
        return course;
    }
}
