package ru.navyk.web.kb;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import ru.navyk.application.knowledge.AcknowledgementService;
import ru.navyk.application.knowledge.KnowledgeViews.AttemptView;
import ru.navyk.application.knowledge.KnowledgeViews.ReadingView;
import ru.navyk.domain.shared.NotFoundException;
import ru.navyk.domain.shared.RuleViolationException;
import ru.navyk.web.Messages;
import ru.navyk.web.Pages;

/**
 * Serves {@code /kb/read.xhtml?id=…} (an obligation) and {@code /kb/read.xhtml?article=…} (the caller's obligation
 * for that article, as notifications link it): the revision with the changes since the one the caller last
 * acknowledged highlighted, the quiz on the change, and the confirmation «ознакомлен(а)». Only the caller's own
 * obligations open; any other id is a 404.
 */
@Named
@ViewScoped
public class ReadBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AcknowledgementService acknowledgements;

    @Inject
    private Messages messages;

    private Long id;
    private Long article;
    private ReadingView reading;
    private List<Integer> answers = new ArrayList<>();
    private AttemptView lastAttempt;

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (id == null && article != null) {
            id = acknowledgements.myObligationFor(article).orElse(null);
            if (id == null) {
                Pages.redirect("/kb/article.xhtml?id=" + article);
                return;
            }
        }
        if (id == null) {
            Pages.notFound();
            return;
        }
        try {
            reload();
        } catch (NotFoundException e) {
            Pages.notFound();
        }
    }

    private void reload() {
        reading = acknowledgements.reading(id);
        answers = new ArrayList<>();
        for (int i = 0; i < reading.questions().size(); i++) {
            answers.add(null);
        }
    }

    public void answerQuiz() {
        try {
            lastAttempt = acknowledgements.answerQuiz(id, answers);
            List<Integer> given = answers;
            reload();
            if (!lastAttempt.passed()) {
                answers = given;
                messages.add(null, FacesMessage.SEVERITY_WARN, "kb.read.quizFailed", lastAttempt.correct(),
                        lastAttempt.total());
            } else {
                messages.info("kb.read.quizPassed", lastAttempt.correct(), lastAttempt.total());
            }
        } catch (RuleViolationException e) {
            messages.rule("quiz", e);
        }
    }

    public void acknowledge() {
        try {
            acknowledgements.acknowledge(id);
            reload();
            messages.info("kb.read.acknowledgedMessage");
        } catch (RuleViolationException e) {
            messages.rule("acknowledge", e);
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getArticle() {
        return article;
    }

    public void setArticle(Long article) {
        this.article = article;
    }

    public ReadingView getReading() {
        return reading;
    }

    public List<Integer> getAnswers() {
        return answers;
    }

    public AttemptView getLastAttempt() {
        return lastAttempt;
    }
}
