package ru.navyk.web.training;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.navyk.application.training.CourseCatalogService;
import ru.navyk.application.training.TrainingViews.LessonView;
import ru.navyk.domain.shared.NotFoundException;
import ru.navyk.web.Pages;

/** Serves {@code /training/lesson.xhtml?slug=…&n=…}: one lesson, noted as read. Its HTML is sanitised. */
@Named
@RequestScoped
public class LessonBacking {

    @Inject
    private CourseCatalogService catalogue;

    private String slug;
    private Integer n;
    private LessonView lesson;

    /** View action. */
    public void load() {
        try {
            lesson = catalogue.lesson(slug, n == null ? 1 : n);
        } catch (NotFoundException e) {
            Pages.notFound();
        }
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public Integer getN() {
        return n;
    }

    public void setN(Integer n) {
        this.n = n;
    }

    public LessonView getLesson() {
        return lesson;
    }
}
