package ru.navyk.web.kb;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.navyk.application.knowledge.KnowledgeBaseService;
import ru.navyk.application.knowledge.KnowledgeViews.RevisionView;
import ru.navyk.domain.shared.NotFoundException;
import ru.navyk.web.Pages;

/** Serves {@code /kb/revision.xhtml?id=…&n=…}: one revision of an article as it read then. */
@Named
@RequestScoped
public class RevisionBacking {

    @Inject
    private KnowledgeBaseService knowledge;

    private Long id;
    private Integer number;
    private RevisionView revision;

    public void load() {
        if (id == null || number == null) {
            Pages.notFound();
            return;
        }
        try {
            revision = knowledge.revision(id, number);
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

    public Integer getNumber() {
        return number;
    }

    public void setNumber(Integer number) {
        this.number = number;
    }

    public RevisionView getRevision() {
        return revision;
    }
}
