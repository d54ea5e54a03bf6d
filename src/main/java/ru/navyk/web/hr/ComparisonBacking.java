package ru.navyk.web.hr;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.navyk.application.hiring.CandidateService;
import ru.navyk.application.hiring.HiringViews.Comparison;
import ru.navyk.domain.shared.NotFoundException;
import ru.navyk.web.Pages;

/**
 * Serves {@code /hr/vacancies/compare.xhtml?id=…}: the vacancy's candidates side by side, ranked, with every item of
 * the profile as a row and each cell coloured by the gap to the requirement.
 */
@Named
@RequestScoped
public class ComparisonBacking {

    @Inject
    private CandidateService candidates;

    private Long id;
    private Comparison comparison;

    /** View action. */
    public void load() {
        if (id == null) {
            Pages.notFound();
            return;
        }
        try {
            comparison = candidates.comparison(id);
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

    public Comparison getComparison() {
        return comparison;
    }
}
