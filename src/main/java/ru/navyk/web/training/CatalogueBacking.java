package ru.navyk.web.training;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import ru.navyk.application.competency.CompetencyModelService;
import ru.navyk.application.competency.ModelSnapshot;
import ru.navyk.application.training.CourseCatalogService;
import ru.navyk.application.training.CourseCatalogService.CatalogueQuery;
import ru.navyk.application.training.TrainingViews.CourseSummary;
import ru.navyk.domain.training.CourseImportAttempt;

/** Serves {@code /training/index.xhtml}: the course catalogue, searched and filtered by labor function, level, item. */
@Named
@ViewScoped
public class CatalogueBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CourseCatalogService catalogue;

    @Inject
    private CompetencyModelService model;

    private String text;
    private String laborFunction;
    private Integer level;
    private String item;
    private List<CourseSummary> courses;
    private List<String> laborFunctions;

    @PostConstruct
    void init() {
        laborFunctions = model.current().map(s -> s.laborFunctions().stream().map(ModelSnapshot.LaborFunctionView::code)
                .toList()).orElse(List.of());
        search();
    }

    public void search() {
        courses = catalogue.search(new CatalogueQuery(text, laborFunction, level, item));
    }

    public List<CourseImportAttempt> getImports() {
        return catalogue.recentImports(5);
    }

    public List<CourseSummary> getCourses() {
        return courses;
    }

    public List<String> getLaborFunctions() {
        return laborFunctions;
    }

    public List<Integer> getLevels() {
        return List.of(3, 4, 5, 6);
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getLaborFunction() {
        return laborFunction;
    }

    public void setLaborFunction(String laborFunction) {
        this.laborFunction = laborFunction;
    }

    public Integer getLevel() {
        return level;
    }

    public void setLevel(Integer level) {
        this.level = level;
    }

    public String getItem() {
        return item;
    }

    public void setItem(String item) {
        this.item = item;
    }
}
