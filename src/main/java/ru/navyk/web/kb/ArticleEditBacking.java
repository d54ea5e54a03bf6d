package ru.navyk.web.kb;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import ru.navyk.application.knowledge.ArticleForm;
import ru.navyk.application.knowledge.KnowledgeBaseService;
import ru.navyk.application.knowledge.KnowledgeViews.ArticleView;
import ru.navyk.domain.shared.ConcurrentEditException;
import ru.navyk.domain.shared.NotFoundException;
import ru.navyk.domain.shared.RuleViolationException;
import ru.navyk.web.Messages;
import ru.navyk.web.Pages;

/**
 * Serves {@code /kb/edit.xhtml} (new article) and {@code /kb/edit.xhtml?id=…} (next revision): editors only, anyone
 * else gets a 404. A save based on a version someone else has meanwhile changed is refused, never overwritten.
 */
@Named
@ViewScoped
public class ArticleEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private KnowledgeBaseService knowledge;

    @Inject
    private Messages messages;

    private Long id;
    private long version;
    private int currentRevision;
    private String title;
    private String body;
    private String summary;
    private boolean major;
    private String tags;
    private String links;

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (!knowledge.canEdit()) {
            Pages.notFound();
            return;
        }
        if (id == null) {
            major = true;
            return;
        }
        try {
            ArticleView article = knowledge.get(id);
            version = article.version();
            currentRevision = article.currentRevision();
            title = article.title();
            body = article.markdown();
            tags = String.join(", ", article.tags());
            links = String.join(", ", article.links().stream().map(l -> l.code()).toList());
        } catch (NotFoundException e) {
            Pages.notFound();
        }
    }

    public void save() {
        store(false);
    }

    public void saveAndPublish() {
        store(true);
    }

    private void store(boolean publish) {
        ArticleForm form = new ArticleForm(title, body, summary, major, split(tags), split(links));
        try {
            long saved;
            if (id == null) {
                saved = knowledge.create(form);
            } else {
                knowledge.revise(id, version, form);
                saved = id;
            }
            Pages.redirect(publish ? "/kb/publish.xhtml?id=" + saved : "/kb/article.xhtml?id=" + saved);
        } catch (RuleViolationException e) {
            messages.rule("article", e);
        } catch (ConcurrentEditException e) {
            messages.add(null, FacesMessage.SEVERITY_WARN, "general.concurrentEdit");
        }
    }

    static List<String> split(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[,;\\n]")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public int getCurrentRevision() {
        return currentRevision;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public boolean isMajor() {
        return major;
    }

    public void setMajor(boolean major) {
        this.major = major;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public String getLinks() {
        return links;
    }

    public void setLinks(String links) {
        this.links = links;
    }
}
