package ru.navyk.web.kb;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import ru.navyk.application.knowledge.CampaignService;
import ru.navyk.application.knowledge.KnowledgeBaseService;
import ru.navyk.application.knowledge.KnowledgeViews.ArticleView;
import ru.navyk.application.knowledge.KnowledgeViews.CampaignSummary;
import ru.navyk.domain.shared.NotFoundException;
import ru.navyk.web.Pages;

/**
 * Serves {@code /kb/article.xhtml?id=…}: the current revision rendered (sanitised HTML), the competency items the
 * article supports, its revision history with any two revisions comparable, and, for editors, its campaigns.
 */
@Named
@ViewScoped
public class ArticleBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private KnowledgeBaseService knowledge;

    @Inject
    private CampaignService campaigns;

    private Long id;
    private ArticleView article;
    private List<CampaignSummary> articleCampaigns;
    private boolean editor;
    private Integer compareFrom;
    private Integer compareTo;

    /** View action. */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (id == null) {
            Pages.notFound();
            return;
        }
        try {
            article = knowledge.get(id);
        } catch (NotFoundException e) {
            Pages.notFound();
            return;
        }
        editor = knowledge.canEdit();
        articleCampaigns = editor ? campaigns.ofArticle(id) : List.of();
        compareTo = article.currentRevision();
        compareFrom = Math.max(1, article.currentRevision() - 1);
    }

    public void compare() {
        Pages.redirect("/kb/diff.xhtml?id=" + id + "&from=" + compareFrom + "&to=" + compareTo);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ArticleView getArticle() {
        return article;
    }

    public List<CampaignSummary> getCampaigns() {
        return articleCampaigns;
    }

    public boolean isEditor() {
        return editor;
    }

    public Integer getCompareFrom() {
        return compareFrom;
    }

    public void setCompareFrom(Integer compareFrom) {
        this.compareFrom = compareFrom;
    }

    public Integer getCompareTo() {
        return compareTo;
    }

    public void setCompareTo(Integer compareTo) {
        this.compareTo = compareTo;
    }
}
