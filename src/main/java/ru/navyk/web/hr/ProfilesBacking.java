package ru.navyk.web.hr;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import ru.navyk.application.profile.JobProfileEditingService;
import ru.navyk.application.profile.JobProfileViews.JobProfileSummary;

/** Serves {@code /hr/profiles/index.xhtml}: the job profiles, searched by title or code. Every signed-in user reads. */
@Named
@ViewScoped
public class ProfilesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private JobProfileEditingService profiles;

    private String text;
    private List<JobProfileSummary> found;

    @PostConstruct
    void init() {
        search();
    }

    public void search() {
        found = profiles.search(text);
    }

    public List<JobProfileSummary> getFound() {
        return found;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
