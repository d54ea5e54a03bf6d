package ru.navyk.web.kb;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.navyk.application.knowledge.KnowledgeBaseService;
import ru.navyk.application.knowledge.KnowledgeViews.DiffView;
import ru.navyk.domain.shared.NotFoundException;
import ru.navyk.web.Pages;

/** Serves {@code /kb/diff.xhtml?id=…&from=…&to=…}: what changed between two revisions, escaped and highlighted. */
@Named
@RequestScoped
public class DiffBacking {

    @Inject
    private KnowledgeBaseService knowledge;

    private Long id;
    private Integer from;
    private Integer to;
    private DiffView diff;

    public void load() {
        if (id == null || from == null || to == null) {
            Pages.notFound();
            return;
        }
        try {
            diff = knowledge.diff(id, from, to);
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

    public Integer getFrom() {
        return from;
    }

    public void setFrom(Integer from) {
        this.from = from;
    }

    public Integer getTo() {
        return to;
    }

    public void setTo(Integer to) {
        this.to = to;
    }

    public DiffView getDiff() {
        return diff;
    }
}
